package cn.yanzhen.tracking.domain;

import cn.yanzhen.contracts.tracking.ProjectProgressed.ProjectStatus;

/**
 * One project's share of a scope's figures (docs/contract.md §4.5). A withdrawn signing leaves
 * {@code signed} and counts in {@code withdrawn} only; a project cancelled later stays in
 * {@code signed} and counts in {@code cancelled} too; {@code commenced} counts projects that ever
 * commenced (in production included) with their signed investment. A repeat signing counts fully in its
 * event and, beyond it, only in {@code repeats}.
 */
public record Contribution(
        long signedCount, long signedYuan,
        long withdrawnCount, long withdrawnYuan,
        long commencedCount, long commencedYuan,
        long inProductionCount, long inProductionYuan,
        long cancelledCount, long cancelledYuan,
        long completedYuan,
        long overdue,
        long recommended, long acceptable, long risky, long mismatch,
        long repeatsCount, long repeatsYuan) {

    public static final Contribution NONE = new Contribution(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** What a project in this state adds to its event's figures, where each signing counts. */
    public static Contribution of(ProjectState state) {
        if (state == null) {
            return NONE;
        }
        long yuan = state.investmentYuan();
        if (state.status() == ProjectStatus.WITHDRAWN) {
            return new Contribution(0, 0, 1, yuan, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        }
        int commenced = state.commencedOn() != null ? 1 : 0;
        int inProduction = state.inProductionOn() != null ? 1 : 0;
        int cancelled = state.status() == ProjectStatus.CANCELLED ? 1 : 0;
        return new Contribution(1, yuan, 0, 0, commenced, commenced * yuan, inProduction, inProduction * yuan,
                cancelled, cancelled * yuan, state.cumulativeYuan(), state.overdue() ? 1 : 0,
                is(state, "RECOMMENDED"), is(state, "ACCEPTABLE"), is(state, "RISKY"), is(state, "MISMATCH"), 0, 0);
    }

    /** What it adds beyond its event (all, regions, industries), where a project counts once. */
    public static Contribution beyondEvent(ProjectState state) {
        if (state == null || !state.repeat()) {
            return of(state);
        }
        if (state.status() == ProjectStatus.WITHDRAWN) {
            return NONE;
        }
        return new Contribution(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, state.investmentYuan());
    }

    /** What a project's move from {@code before} to {@code after} does to its event's figures. */
    public static Contribution change(ProjectState before, ProjectState after) {
        return of(after).plus(of(before).negated());
    }

    /** What the same move does to the figures beyond its event. */
    public static Contribution changeBeyondEvent(ProjectState before, ProjectState after) {
        return beyondEvent(after).plus(beyondEvent(before).negated());
    }

    /** The sum of two changes: what both together do to a scope. */
    public Contribution plus(Contribution other) {
        return new Contribution(
                signedCount + other.signedCount, signedYuan + other.signedYuan,
                withdrawnCount + other.withdrawnCount, withdrawnYuan + other.withdrawnYuan,
                commencedCount + other.commencedCount, commencedYuan + other.commencedYuan,
                inProductionCount + other.inProductionCount, inProductionYuan + other.inProductionYuan,
                cancelledCount + other.cancelledCount, cancelledYuan + other.cancelledYuan,
                completedYuan + other.completedYuan, overdue + other.overdue,
                recommended + other.recommended, acceptable + other.acceptable, risky + other.risky,
                mismatch + other.mismatch, repeatsCount + other.repeatsCount, repeatsYuan + other.repeatsYuan);
    }

    public boolean isZero() {
        return equals(NONE);
    }

    private Contribution negated() {
        return new Contribution(-signedCount, -signedYuan, -withdrawnCount, -withdrawnYuan, -commencedCount,
                -commencedYuan, -inProductionCount, -inProductionYuan, -cancelledCount, -cancelledYuan, -completedYuan,
                -overdue, -recommended, -acceptable, -risky, -mismatch, -repeatsCount, -repeatsYuan);
    }

    private static int is(ProjectState state, String verdict) {
        return verdict.equals(state.verdict()) ? 1 : 0;
    }
}
