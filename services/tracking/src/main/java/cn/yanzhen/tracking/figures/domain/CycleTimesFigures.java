package cn.yanzhen.tracking.figures.domain;

import cn.yanzhen.contracts.tracking.Stats;
import java.time.LocalDate;
import java.util.Map;

/** A scope's cycle times (docs/contract.md §4.5.1) from its four histograms. */
public final class CycleTimesFigures {

    private CycleTimesFigures() {
    }

    public static Stats.CycleTimes of(Map<CycleMeasure, Histogram> histograms) {
        return new Stats.CycleTimes(step(histograms.get(CycleMeasure.SIGNING_TO_COMMENCEMENT)),
                step(histograms.get(CycleMeasure.COMMENCEMENT_TO_PRODUCTION)),
                waiting(histograms.get(CycleMeasure.AWAITING_COMMENCEMENT)),
                waiting(histograms.get(CycleMeasure.AWAITING_PRODUCTION)),
                step(histograms.get(CycleMeasure.PRODUCTION_TO_DESIGN_CAPACITY)), 0.0);
    }

    private static Stats.Step step(Histogram days) {
        if (days == null || days.count() == 0) {
            return Stats.Step.NONE;
        }
        return new Stats.Step(days.count(), Math.toIntExact(days.percentile(50)), Math.toIntExact(days.percentile(90)));
    }

    /** How many wait and since when the oldest does, from a histogram of the epoch days they wait since. */
    public static Stats.Waiting waiting(Histogram since) {
        if (since == null || since.count() == 0) {
            return Stats.Waiting.NONE;
        }
        return new Stats.Waiting(since.count(), LocalDate.ofEpochDay(since.lowest()));
    }
}
