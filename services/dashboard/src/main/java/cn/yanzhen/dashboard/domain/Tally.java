package cn.yanzhen.dashboard.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The figures of a group of projects that tracking's scopes do not cover, e.g. one event's prefectures. */
public final class Tally {

    private long signedCount;
    private long signedYuan;
    private long commencedCount;
    private long inProductionCount;
    private long completedYuan;
    private long overdue;

    public Tally add(ProjectFacts project) {
        if (!project.counts()) {
            return this;
        }
        signedCount++;
        signedYuan += project.investmentYuan();
        commencedCount += project.commenced() ? 1 : 0;
        inProductionCount += project.inProduction() ? 1 : 0;
        completedYuan += project.cumulativeYuan();
        overdue += project.overdue() ? 1 : 0;
        return this;
    }

    /** A new tally of both. */
    public Tally plus(Tally other) {
        Tally sum = new Tally();
        sum.signedCount = signedCount + other.signedCount;
        sum.signedYuan = signedYuan + other.signedYuan;
        sum.commencedCount = commencedCount + other.commencedCount;
        sum.inProductionCount = inProductionCount + other.inProductionCount;
        sum.completedYuan = completedYuan + other.completedYuan;
        sum.overdue = overdue + other.overdue;
        return sum;
    }

    public long signedCount() {
        return signedCount;
    }

    public long signedYuan() {
        return signedYuan;
    }

    public long commencedCount() {
        return commencedCount;
    }

    public long inProductionCount() {
        return inProductionCount;
    }

    public long completedYuan() {
        return completedYuan;
    }

    public long overdue() {
        return overdue;
    }

    /** Rounded half-up to 4 decimals, as tracking rounds its rates. */
    public double commencementRate() {
        return share(commencedCount, signedCount);
    }

    public static double share(long part, long whole) {
        return whole == 0 ? 0 : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP)
                .doubleValue();
    }
}
