package cn.yanzhen.tracking.obstacles.domain;

import cn.yanzhen.contracts.tracking.Obstacle.Category;
import cn.yanzhen.contracts.tracking.Stats;
import cn.yanzhen.tracking.figures.domain.CycleTimesFigures;
import cn.yanzhen.tracking.figures.domain.Histogram;
import java.util.HashMap;
import java.util.Map;

/** A scope's obstacle figures (docs/contract.md §4.7) from the counts of its obstacle marks. */
public final class ObstacleFigures {

    private ObstacleFigures() {
    }

    public static Stats.Obstacles of(Map<ObstacleMark, Long> counts) {
        if (counts.isEmpty()) {
            return Stats.Obstacles.NONE;
        }
        Map<Long, Long> openSince = new HashMap<>();
        Map<Category, Map<Long, Long>> openSinceByCategory = new HashMap<>();
        Map<Long, Long> daysToResolve = new HashMap<>();
        long withdrawn = 0;
        for (Map.Entry<ObstacleMark, Long> entry : counts.entrySet()) {
            ObstacleMark mark = entry.getKey();
            long count = entry.getValue();
            switch (mark.measure()) {
                case OPEN_SINCE -> {
                    openSince.merge(mark.value(), count, Long::sum);
                    openSinceByCategory.computeIfAbsent(mark.category(), any -> new HashMap<>())
                            .merge(mark.value(), count, Long::sum);
                }
                case DAYS_TO_RESOLVE -> daysToResolve.merge(mark.value(), count, Long::sum);
                case DAYS_TO_WITHDRAW -> withdrawn += count;
            }
        }
        Histogram resolved = Histogram.of(daysToResolve);
        Long median = resolved.percentile(50);
        return new Stats.Obstacles(CycleTimesFigures.waiting(Histogram.of(openSince)), Stats.Obstacles.everyCategory(category ->
                CycleTimesFigures.waiting(Histogram.of(openSinceByCategory.getOrDefault(Category.valueOf(category), Map.of())))),
                resolved.count(), median == null ? null : Math.toIntExact(median), withdrawn);
    }
}
