package cn.yanzhen.tracking.figures.domain;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** Counts per key and scope that one transaction adds to or takes from, keeping only what does not cancel out. */
final class ScopeTallies {

    private final SortedMap<String, Map<Object, long[]>> byScope = new TreeMap<>();

    void add(String scope, Object key, long[] delta) {
        if (isZero(delta)) {
            return;
        }
        Map<Object, long[]> tallies = byScope.computeIfAbsent(scope, any -> new HashMap<>());
        if (isZero(tallies.merge(key, delta.clone(), ScopeTallies::plus))) {
            tallies.remove(key);
        }
        if (tallies.isEmpty()) {
            byScope.remove(scope);
        }
    }

    /** The non-zero changes, by scope in name order. */
    SortedMap<String, Map<Object, long[]>> changed() {
        return byScope;
    }

    private static long[] plus(long[] sum, long[] added) {
        if (sum.length != added.length) {
            throw new IllegalArgumentException("contributions of one kind have as many counts as each other");
        }
        long[] total = sum.clone();
        for (int i = 0; i < total.length; i++) {
            total[i] += added[i];
        }
        return total;
    }

    private static boolean isZero(long[] counts) {
        return Arrays.stream(counts).allMatch(count -> count == 0);
    }
}
