package cn.yanzhen.tracking.figures.domain;

import cn.yanzhen.contracts.tracking.ProjectProgressed.ProjectStatus;

/**
 * One project's share of a scope's figures (docs/contract.md §4.5). A withdrawn signing leaves
 * {@code signed} and counts in {@code withdrawn} only; a project cancelled later stays in
 * {@code signed} and counts in {@code cancelled} too; {@code commenced} counts projects that ever
 * commenced (in production included) with their signed investment. A repeat signing counts fully in its
 * event and, beyond it, only in {@code repeats}. The {@code verified…} fields count the same milestones and
 * investment as far as a verifier has confirmed them.
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
        long repeatsCount, long repeatsYuan,
        long verifiedCommencedCount, long verifiedCommencedYuan,
        long verifiedInProductionCount, long verifiedInProductionYuan,
        long verifiedCompletedYuan) {

    /** How many figures a contribution has: the length of {@link #values()}. */
    public static final int FIELDS = 23;
    public static final Contribution NONE = ofValues(new long[FIELDS]);

    /** What a project in this state adds to its event's figures, where each signing counts. */
    public static Contribution of(ProjectState state) {
        if (state == null) {
            return NONE;
        }
        long yuan = state.investmentYuan();
        if (state.status() == ProjectStatus.WITHDRAWN) {
            long[] withdrawn = new long[FIELDS];
            withdrawn[2] = 1;
            withdrawn[3] = yuan;
            return ofValues(withdrawn);
        }
        int commenced = state.commencedOn() != null ? 1 : 0;
        int inProduction = state.inProductionOn() != null ? 1 : 0;
        int cancelled = state.status() == ProjectStatus.CANCELLED ? 1 : 0;
        VerifiedProgress verified = state.verified();
        int verifiedCommenced = verified.commencedOn() != null ? 1 : 0;
        int verifiedInProduction = verified.inProductionOn() != null ? 1 : 0;
        return new Contribution(1, yuan, 0, 0, commenced, commenced * yuan, inProduction, inProduction * yuan,
                cancelled, cancelled * yuan, state.cumulativeYuan(), state.overdue() ? 1 : 0,
                is(state, "RECOMMENDED"), is(state, "ACCEPTABLE"), is(state, "RISKY"), is(state, "MISMATCH"), 0, 0,
                verifiedCommenced, verifiedCommenced * yuan, verifiedInProduction, verifiedInProduction * yuan,
                verified.cumulativeYuan());
    }

    /** What it adds beyond its event (all, regions, industries), where a project counts once. */
    public static Contribution beyondEvent(ProjectState state) {
        if (state == null || !state.repeat()) {
            return of(state);
        }
        if (state.status() == ProjectStatus.WITHDRAWN) {
            return NONE;
        }
        long[] repeat = new long[FIELDS];
        repeat[16] = 1;
        repeat[17] = state.investmentYuan();
        return ofValues(repeat);
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
        long[] sum = values();
        long[] added = other.values();
        for (int i = 0; i < FIELDS; i++) {
            sum[i] += added[i];
        }
        return ofValues(sum);
    }

    public boolean isZero() {
        return equals(NONE);
    }

    /** The figures in declaration order, the order of the columns that store them. */
    public long[] values() {
        return new long[] {signedCount, signedYuan, withdrawnCount, withdrawnYuan, commencedCount, commencedYuan,
                inProductionCount, inProductionYuan, cancelledCount, cancelledYuan, completedYuan, overdue,
                recommended, acceptable, risky, mismatch, repeatsCount, repeatsYuan, verifiedCommencedCount,
                verifiedCommencedYuan, verifiedInProductionCount, verifiedInProductionYuan, verifiedCompletedYuan};
    }

    /** The contribution whose {@link #values()} these are. */
    public static Contribution ofValues(long[] v) {
        if (v.length != FIELDS) {
            throw new IllegalArgumentException("a contribution has " + FIELDS + " figures, not " + v.length);
        }
        return new Contribution(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10], v[11], v[12],
                v[13], v[14], v[15], v[16], v[17], v[18], v[19], v[20], v[21], v[22]);
    }

    private Contribution negated() {
        long[] negated = values();
        for (int i = 0; i < FIELDS; i++) {
            negated[i] = -negated[i];
        }
        return ofValues(negated);
    }

    private static int is(ProjectState state, String verdict) {
        return verdict.equals(state.verdict()) ? 1 : 0;
    }
}
