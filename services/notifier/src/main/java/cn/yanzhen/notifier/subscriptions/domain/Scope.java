package cn.yanzhen.notifier.subscriptions.domain;

import cn.yanzhen.contracts.reference.Region;
import cn.yanzhen.contracts.reference.RegionDirectory;

/**
 * Which alerts' places a subscription covers: a region and everything inside it (none: the whole
 * country), optionally narrowed to one event and to industries whose code starts with {@code industryCode}.
 */
public record Scope(String regionCode, String eventCode, String industryCode) {

    public boolean covers(AlertPlace place, RegionDirectory regions) {
        return coversRegion(place, regions) && (eventCode == null || eventCode.equals(place.eventCode()))
                && (industryCode == null || startsWith(place.industryCode(), industryCode));
    }

    private boolean coversRegion(AlertPlace place, RegionDirectory regions) {
        if (regionCode == null) {
            return true;
        }
        if (place.regionCode() != null) {
            return regions.isWithin(place.regionCode(), regionCode);
        }
        // competition in a zone concerns every region of the zone
        return place.zone() != null && regions.find(regionCode).map(Region::zone).orElse(null) == place.zone();
    }

    private static boolean startsWith(String code, String prefix) {
        return code != null && (code.startsWith(prefix) || prefix.startsWith(code));
    }
}
