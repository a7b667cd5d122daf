package cn.yanzhen.system;

import java.util.HashMap;
import java.util.Map;

/**
 * Tracking's scheduled watches (deadlines, unresolved obstacles, closing rounds) raise alerts by the clock. A suite
 * that compares tables or counts alerts turns them off, or one firing mid-test changes what it compares.
 */
final class TrackingWatches {

    private TrackingWatches() {
    }

    /** The given settings, with every watch off. */
    static Map<String, String> off(String... settings) {
        Map<String, String> all = new HashMap<>(Map.of("yanzhen.tracking.deadline-scan-every", "off",
                "yanzhen.tracking.obstacle-scan-every", "off", "yanzhen.tracking.round-scan-every", "off"));
        for (int i = 0; i < settings.length; i += 2) {
            all.put(settings[i], settings[i + 1]);
        }
        return all;
    }
}
