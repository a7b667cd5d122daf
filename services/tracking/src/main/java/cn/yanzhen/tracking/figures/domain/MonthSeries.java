package cn.yanzhen.tracking.figures.domain;

import cn.yanzhen.contracts.tracking.PeriodFigures;
import cn.yanzhen.contracts.tracking.Stats;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A scope's monthly series as its rows give it (projects, signed yuan and completed yuan per measure and period),
 * gathered into the record's periods, oldest first.
 */
public final class MonthSeries {

    private final SortedMap<String, Map<MonthMeasure, long[]>> byPeriod = new TreeMap<>();

    /** Adds a row's counts to its period's measure. */
    public void add(String period, MonthMeasure measure, long projects, long yuan, long completedYuan) {
        long[] counts = byPeriod.computeIfAbsent(period, any -> new EnumMap<>(MonthMeasure.class))
                .computeIfAbsent(measure, any -> new long[3]);
        counts[0] += projects;
        counts[1] += yuan;
        counts[2] += completedYuan;
    }

    public List<PeriodFigures> periods() {
        return byPeriod.entrySet().stream().map(period -> figures(period.getKey(), period.getValue())).toList();
    }

    /** The figures of one period from its counts per measure; a measure without counts is zero. */
    public static PeriodFigures figures(String period, Map<MonthMeasure, long[]> counts) {
        long[] signed = counts.getOrDefault(MonthMeasure.SIGNED, new long[3]);
        return new PeriodFigures(period, tally(signed), tally(counts, MonthMeasure.COMMENCED),
                tally(counts, MonthMeasure.IN_PRODUCTION), tally(counts, MonthMeasure.REACHED_DESIGN_CAPACITY),
                tally(counts, MonthMeasure.VERIFIED_COMMENCED), tally(counts, MonthMeasure.VERIFIED_IN_PRODUCTION),
                signed[2]);
    }

    private static Stats.Tally tally(Map<MonthMeasure, long[]> counts, MonthMeasure measure) {
        return tally(counts.getOrDefault(measure, new long[3]));
    }

    private static Stats.Tally tally(long[] counts) {
        return new Stats.Tally(counts[0], counts[1]);
    }
}
