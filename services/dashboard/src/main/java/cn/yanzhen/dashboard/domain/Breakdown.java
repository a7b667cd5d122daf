package cn.yanzhen.dashboard.domain;

import cn.yanzhen.contracts.tracking.Stats;

/**
 * The figures of one breakdown scope tracking publishes for the screen (event × prefecture, event × division, zone ×
 * factor class: docs/contract.md §4.5.4), kept as the tables show them and no more, so that thousands of them stay small.
 */
public record Breakdown(long signedCount, long signedYuan, long commencedCount, double commencementRate,
                        long inProductionCount, long completedYuan, long overdue) {

    /** The figures of a scope tracking has published nothing for yet. */
    public static final Breakdown NONE = new Breakdown(0, 0, 0, 0, 0, 0, 0);

    private static final String[] PREFIXES = {"event-prefecture:", "event-industry:", "zone-factor:"};

    public static boolean isBreakdown(String scope) {
        for (String prefix : PREFIXES) {
            if (scope.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    public static Breakdown of(Stats stats) {
        return new Breakdown(stats.signed().count(), stats.signed().investmentYuan(), stats.commenced().count(),
                stats.commencementRate(), stats.inProduction().count(), stats.completedInvestmentYuan(),
                stats.overdue());
    }

    /** Whether some project counts in it: a scope whose projects were all withdrawn (or, beyond events, repeats) shows no row. */
    public boolean counts() {
        return signedCount > 0;
    }
}
