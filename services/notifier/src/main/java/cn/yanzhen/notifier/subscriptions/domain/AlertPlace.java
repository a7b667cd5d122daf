package cn.yanzhen.notifier.subscriptions.domain;

import cn.yanzhen.contracts.reference.Zone;

/**
 * Where an alert happened, as far as it tells: a project's region, event and industry; a region alone
 * (over-commitment); or a zone and an industry group (homogeneous competition). Any part may be unknown.
 */
public record AlertPlace(String regionCode, String eventCode, String industryCode, Zone zone) {

    public static AlertPlace ofProject(String regionCode, String eventCode, String industryCode) {
        return new AlertPlace(regionCode, eventCode, industryCode, null);
    }

    public static AlertPlace ofRegion(String regionCode) {
        return new AlertPlace(regionCode, null, null, null);
    }

    public static AlertPlace ofZone(Zone zone, String industryGroup) {
        return new AlertPlace(null, null, industryGroup, zone);
    }

    public static AlertPlace nowhere() {
        return new AlertPlace(null, null, null, null);
    }
}
