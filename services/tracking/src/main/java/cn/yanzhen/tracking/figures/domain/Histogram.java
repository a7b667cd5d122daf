package cn.yanzhen.tracking.figures.domain;

import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Exact counts of projects per value (days, or the epoch day they wait since). Percentiles are nearest-rank
 * (docs/contract.md §4.5.1): the p-th percentile of n values is the value at rank ⌈p·n/100⌉ in ascending order, so
 * the median of an even count is the lower of the two middle values, and every answer is a value some project has.
 */
public final class Histogram {

    public static final Histogram EMPTY = new Histogram(new TreeMap<>());

    private final NavigableMap<Long, Long> countByValue;
    private final long total;

    private Histogram(NavigableMap<Long, Long> countByValue) {
        this.countByValue = countByValue;
        this.total = countByValue.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The histogram of these counts per value; values counted zero or less times are left out. */
    public static Histogram of(Map<Long, Long> countByValue) {
        NavigableMap<Long, Long> kept = new TreeMap<>();
        countByValue.forEach((value, count) -> {
            if (count > 0) {
                kept.put(value, count);
            }
        });
        return new Histogram(kept);
    }

    public long count() {
        return total;
    }

    /** The nearest-rank percentile, {@code 0 < percent <= 100}; null when the histogram is empty. */
    public Long percentile(int percent) {
        if (percent <= 0 || percent > 100) {
            throw new IllegalArgumentException("a percentile lies in (0, 100], not " + percent);
        }
        if (total == 0) {
            return null;
        }
        long rank = (percent * total + 99) / 100;
        long seen = 0;
        for (Map.Entry<Long, Long> entry : countByValue.entrySet()) {
            seen += entry.getValue();
            if (seen >= rank) {
                return entry.getKey();
            }
        }
        throw new IllegalStateException("rank " + rank + " beyond " + total);
    }

    /** The smallest value counted; null when the histogram is empty. */
    public Long lowest() {
        return countByValue.isEmpty() ? null : countByValue.firstKey();
    }
}
