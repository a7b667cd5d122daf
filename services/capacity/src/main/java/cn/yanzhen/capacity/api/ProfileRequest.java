package cn.yanzhen.capacity.api;

import cn.yanzhen.capacity.domain.ProfileRules;
import cn.yanzhen.contracts.capacity.RegionCapacity.Profile;
import cn.yanzhen.contracts.reference.Region;
import cn.yanzhen.platform.api.JsonFieldReader;
import cn.yanzhen.platform.validation.Violations;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;

/**
 * The body of {@code PUT /api/regions/{code}/capacity} read into a profile: every missing or mistyped field
 * becomes a violation, and the region's zone supplies the gradient tier when the body leaves it out.
 */
final class ProfileRequest {

    private static final Set<String> FIELDS = Set.of("gradientTier", "landAvailableHa", "labourAvailable",
            "energyAvailableGwhPerYear", "greenPowerShare", "infrastructureScore", "industrialBase",
            "prioritisedIndustries", "restrictedIndustries");

    private ProfileRequest() {
    }

    static Profile read(JsonNode body, Region region, Violations violations) {
        JsonFieldReader fields = new JsonFieldReader(body, FIELDS, violations);
        Integer tier = fields.integer("gradientTier");
        Double land = required(fields.number("landAvailableHa"), "landAvailableHa", violations);
        Long labour = required(fields.wholeNumber("labourAvailable"), "labourAvailable", violations);
        Double energy = required(fields.number("energyAvailableGwhPerYear"), "energyAvailableGwhPerYear", violations);
        Double greenShare = required(fields.number("greenPowerShare"), "greenPowerShare", violations);
        Integer infrastructure = required(fields.integer("infrastructureScore"), "infrastructureScore", violations);
        return new Profile(tier == null ? region.zone().defaultTier() : tier, orZero(land), orZero(labour),
                orZero(energy), orZero(greenShare), orZero(infrastructure), industries(fields, "industrialBase"),
                industries(fields, "prioritisedIndustries"), industries(fields, "restrictedIndustries"));
    }

    private static List<String> industries(JsonFieldReader fields, String field) {
        return fields.textList(field, ProfileRules.MAX_INDUSTRIES);
    }

    private static <T> T required(T value, String field, Violations violations) {
        if (value == null && !violations.has(field)) {
            violations.add(field, "is required");
        }
        return value;
    }

    private static double orZero(Double value) {
        return value == null ? 0 : value;
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }
}
