package cn.yanzhen.tracking.keyprojects.domain;

import cn.yanzhen.contracts.tracking.KeyProjectFigures;
import java.util.Map;

/** A scope's key-project figures (docs/contract.md §4.9) from the counts of its key-plan marks. */
public final class KeyPlanFigures {

    private KeyPlanFigures() {
    }

    public static KeyProjectFigures of(Map<KeyPlanMark.Measure, Long> counts) {
        long late = counts.getOrDefault(KeyPlanMark.Measure.LATE, 0L);
        return new KeyProjectFigures(counts.getOrDefault(KeyPlanMark.Measure.PROJECT, 0L),
                counts.getOrDefault(KeyPlanMark.Measure.GRANTED, 0L),
                counts.getOrDefault(KeyPlanMark.Measure.OPEN, 0L) + late, late);
    }
}
