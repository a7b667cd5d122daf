package cn.yanzhen.tracking.domain;

import cn.yanzhen.contracts.tracking.ProjectProgressed.ProjectStatus;

/**
 * One project's share of a scope's figures (docs/contract.md §4.5). A withdrawn signing leaves
 * {@code signed} and counts in {@code withdrawn} only; a project cancelled later stays in
 * {@code signed} and counts in {@code cancelled} too; {@code commenced} counts projects that ever
 * commenced (in production included) with their signed investment.
 */
public record Contribution(
        long signedCount, long signedYuan,
        long withdrawnCount, long withdrawnYuan,
        long commencedCount, long commencedYuan,
        long inProductionCount, long inProductionYuan,
        long cancelledCount, long cancelledYuan,
        long completedYuan,
        long overdue,
        long recommended, long acceptable, long risky, long mismatch) {

    public static final Contribution NONE = new Contribution(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    public static Contribution of(ProjectState state) {
        if (state == null) {
            return NONE;
        }
        long yuan = state.investmentYuan();
        if (state.status() == ProjectStatus.WITHDRAWN) {
            return new Contribution(0, 0, 1, yuan, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        }
        int commenced = state.commencedOn() != null ? 1 : 0;
        int inProduction = state.inProductionOn() != null ? 1 : 0;
        int cancelled = state.status() == ProjectStatus.CANCELLED ? 1 : 0;
        return new Contribution(1, yuan, 0, 0, commenced, commenced * yuan, inProduction, inProduction * yuan,
                cancelled, cancelled * yuan, state.cumulativeYuan(), state.overdue() ? 1 : 0,
                is(state, "RECOMMENDED"), is(state, "ACCEPTABLE"), is(state, "RISKY"), is(state, "MISMATCH"));
    }

    /** What changes in a scope's figures when a project goes from {@code before} to {@code after}. */
    public static Contribution change(ProjectState before, ProjectState after) {
        Contribution from = of(before);
        Contribution to = of(after);
        return new Contribution(
                to.signedCount - from.signedCount, to.signedYuan - from.signedYuan,
                to.withdrawnCount - from.withdrawnCount, to.withdrawnYuan - from.withdrawnYuan,
                to.commencedCount - from.commencedCount, to.commencedYuan - from.commencedYuan,
                to.inProductionCount - from.inProductionCount, to.inProductionYuan - from.inProductionYuan,
                to.cancelledCount - from.cancelledCount, to.cancelledYuan - from.cancelledYuan,
                to.completedYuan - from.completedYuan, to.overdue - from.overdue,
                to.recommended - from.recommended, to.acceptable - from.acceptable, to.risky - from.risky,
                to.mismatch - from.mismatch);
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
                mismatch + other.mismatch);
    }

    public boolean isZero() {
        return equals(NONE);
    }

    private static int is(ProjectState state, String verdict) {
        return verdict.equals(state.verdict()) ? 1 : 0;
    }
}
