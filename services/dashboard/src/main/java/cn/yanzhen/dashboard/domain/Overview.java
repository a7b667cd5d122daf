package cn.yanzhen.dashboard.domain;

import cn.yanzhen.contracts.tracking.Stats;
import java.util.LinkedHashMap;
import java.util.Map;

/** The 总览 view at one moment: what the live stream sends whenever something changed. */
public record Overview(long version, Stats all, Table provinces, Table zones, Table verdicts, Table alerts,
                       Table provinceFlows, Table zoneFlows) {

    public static Overview of(ReadModel model, DashboardTables tables) {
        long version = model.version();
        return new Overview(version, model.stats("all").orElse(empty("all")), tables.provinces(), tables.zones(),
                tables.table("verdicts", null, null).orElseThrow(), tables.table("alerts", null, null).orElseThrow(),
                tables.table("province-flows", null, null).orElseThrow(),
                tables.table("zone-flows", null, null).orElseThrow());
    }

    /** The figures of a scope no project has reached yet, as tracking answers for it. */
    public static Stats empty(String scope) {
        Stats.Tally none = new Stats.Tally(0, 0);
        Map<String, Long> byVerdict = new LinkedHashMap<>();
        DashboardTables.VERDICTS.forEach(verdict -> byVerdict.put(verdict, 0L));
        return new Stats(scope, none, none, none, none, none, 0, 0, 0, 0, byVerdict, none, Stats.Verified.NONE,
                Stats.Backlog.NONE, Stats.CycleTimes.NONE, Stats.Energy.NONE,
                Stats.Obstacles.NONE, Stats.PeriodOutcome.NONE);
    }
}
