package cn.yanzhen.bench.replay;

import cn.yanzhen.contracts.tracking.Stats;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** One scope's running figures as tracking keeps them, written out as the record it would publish now. */
final class ScopeFigures {

    private final String scope;
    private long signedCount;
    private long signedYuan;
    private long commencedCount;
    private long commencedYuan;
    private long overdue;
    private final long[] verdicts = new long[4];
    private final List<Stats.OverdueProject> overdueProjects = new ArrayList<>();
    private final TreeSet<String> industryGroups = new TreeSet<>();

    ScopeFigures(String scope) {
        this.scope = scope;
    }

    void signed(ReplaySigning signing) {
        signedCount++;
        signedYuan += signing.yuan();
        if (scope.startsWith("region:")) {
            industryGroups.add(signing.industryCode().substring(0, 3));
        }
    }

    void matched(ReplaySigning signing) {
        verdicts[signing.verdict()]++;
    }

    void commenced(ReplaySigning signing) {
        commencedCount++;
        commencedYuan += signing.yuan();
    }

    void overdue(ReplaySigning signing) {
        overdue++;
        if (scope.startsWith("event:") && overdueProjects.size() < Stats.OverdueProject.LISTED) {
            overdueProjects.add(signing.overdueProject());
        }
    }

    Stats record() {
        Stats.Tally none = new Stats.Tally(0, 0);
        Map<String, Long> byVerdict = new LinkedHashMap<>();
        for (int i = 0; i < verdicts.length; i++) {
            byVerdict.put(ReplaySigning.VERDICTS.get(i), verdicts[i]);
        }
        return new Stats(scope, new Stats.Tally(signedCount, signedYuan), none,
                new Stats.Tally(commencedCount, commencedYuan), none, none, 0, share(commencedCount, signedCount), 0,
                overdue, byVerdict, none, Stats.Verified.NONE, Stats.Backlog.NONE, Stats.CycleTimes.NONE,
                Stats.Energy.NONE, Stats.Obstacles.NONE, Stats.PeriodOutcome.NONE, overdueProjects,
                List.copyOf(industryGroups));
    }

    private static double share(long part, long whole) {
        return whole == 0 ? 0 : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP)
                .doubleValue();
    }
}
