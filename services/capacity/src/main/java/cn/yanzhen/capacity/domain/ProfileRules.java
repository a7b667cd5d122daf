package cn.yanzhen.capacity.domain;

import cn.yanzhen.contracts.capacity.RegionCapacity.Profile;
import cn.yanzhen.contracts.reference.IndustryCatalogue;
import cn.yanzhen.platform.validation.Violations;
import java.util.List;

/** What makes a capacity profile acceptable: figures ≥ 0, shares in [0, 1], scores in [0, 100], real codes. */
public final class ProfileRules {

    static final double MAX_LAND_HA = 10_000_000;
    static final double MAX_LABOUR = 1_000_000_000;
    static final double MAX_ENERGY_GWH = 100_000_000;
    /** GB/T 4754-2017 has 1,380 classes (小类): no list of industries names more without repeating one. */
    public static final int MAX_INDUSTRIES = 1_380;

    private final IndustryCatalogue industries;

    public ProfileRules(IndustryCatalogue industries) {
        this.industries = industries;
    }

    public void check(Profile profile, Violations violations) {
        between(violations, "gradientTier", profile.gradientTier(), 1, 3);
        between(violations, "landAvailableHa", profile.landAvailableHa(), 0, MAX_LAND_HA);
        between(violations, "labourAvailable", profile.labourAvailable(), 0, MAX_LABOUR);
        between(violations, "energyAvailableGwhPerYear", profile.energyAvailableGwhPerYear(), 0, MAX_ENERGY_GWH);
        between(violations, "greenPowerShare", profile.greenPowerShare(), 0, 1);
        between(violations, "infrastructureScore", profile.infrastructureScore(), 0, 100);
        industryCodes(violations, "industrialBase", profile.industrialBase());
        industryCodes(violations, "prioritisedIndustries", profile.prioritisedIndustries());
        industryCodes(violations, "restrictedIndustries", profile.restrictedIndustries());
    }

    private void industryCodes(Violations violations, String field, List<String> codes) {
        for (int i = 0; i < codes.size(); i++) {
            String name = field + "[" + i + "]";
            if (codes.get(i) == null) {
                violations.add(name, "must be a GB/T 4754 code");
            } else {
                industries.problemWith(codes.get(i)).ifPresent(problem -> violations.add(name, problem));
            }
        }
    }

    private static void between(Violations violations, String field, double value, double min, double max) {
        if (!violations.has(field) && (value < min || value > max)) {
            violations.add(field, "must be from " + format(min) + " to " + format(max));
        }
    }

    private static String format(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
