package cn.yanzhen.intake.domain;

import cn.yanzhen.contracts.reference.RegionDirectory;
import cn.yanzhen.contracts.signing.EventCodes;
import cn.yanzhen.platform.validation.TextRules;
import cn.yanzhen.platform.validation.Violations;

/** What makes a matchmaking event acceptable. */
public final class EventRules {


    private final RegionDirectory regions;

    public EventRules(RegionDirectory regions) {
        this.regions = regions;
    }

    public void check(EventSubmission event, Violations violations) {
        TextRules.required(violations, "code", event.code(), 32);
        if (!violations.has("code") && !EventCodes.isWellFormed(event.code())) {
            violations.add("code", "must be letters, digits and '-', e.g. 2025-GX");
        }
        TextRules.required(violations, "name", event.name(), 200);
        TextRules.required(violations, "hostRegion", event.hostRegion(), 6);
        if (!violations.has("hostRegion") && !regions.contains(event.hostRegion())) {
            violations.add("hostRegion", "is not a known GB/T 2260 region code");
        }
        TextRules.optional(violations, "city", event.city(), 50);
        requireDate(violations, "startDate", event.startDate());
        requireDate(violations, "endDate", event.endDate());
        if (event.startDate() != null && event.endDate() != null && event.endDate().isBefore(event.startDate())) {
            violations.add("endDate", "must not be before startDate");
        }
    }

    private static void requireDate(Violations violations, String field, Object value) {
        if (value == null && !violations.has(field)) {
            violations.add(field, "is required");
        }
    }
}
