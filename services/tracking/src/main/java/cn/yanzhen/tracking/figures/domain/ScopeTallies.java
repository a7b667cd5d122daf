package cn.yanzhen.tracking.figures.domain;

import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** Counts per key and scope that one transaction adds to or takes from, keeping only what does not cancel out. */
public final class ScopeTallies<K> {

    private final SortedMap<String, Map<K, Long>> byScope = new TreeMap<>();

    public void add(String scope, K key, long delta) {
        if (delta == 0) {
            return;
        }
        Map<K, Long> tallies = byScope.computeIfAbsent(scope, any -> new HashMap<>());
        if (tallies.merge(key, delta, Long::sum) == 0) {
            tallies.remove(key);
        }
        if (tallies.isEmpty()) {
            byScope.remove(scope);
        }
    }

    /** The non-zero changes, by scope in name order. */
    public SortedMap<String, Map<K, Long>> changed() {
        return byScope;
    }
}
