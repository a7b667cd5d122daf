package cn.yanzhen.intake.domain.park;

import cn.yanzhen.contracts.park.Park;
import cn.yanzhen.contracts.park.ParkCodes;
import cn.yanzhen.contracts.reference.IndustryCatalogue;
import cn.yanzhen.contracts.reference.RegionDirectory;
import cn.yanzhen.platform.validation.TextRules;
import cn.yanzhen.platform.validation.Violations;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What makes a park acceptable (docs/contract.md §4.1.5): a well-formed code, a name, a known region and level,
 * land in 亩 with no more available than planned, a partner region apart from the park's own, known industries.
 */
public final class ParkRules {

    public static final int MAX_NAME = 100;
    /** A signing's largest land (1,000,000 ha) in 亩: no park plans more. */
    static final double MAX_LAND_MU = 15_000_000;
    /** GB/T 4754-2017 has 1,380 classes (小类): no list of industries names more without repeating one. */
    public static final int MAX_INDUSTRIES = 1_380;
    private static final String LEVELS = String.join(", ", Arrays.stream(Park.Level.values()).map(Enum::name).toList());

    private final RegionDirectory regions;
    private final IndustryCatalogue industries;

    public ParkRules(RegionDirectory regions, IndustryCatalogue industries) {
        this.regions = regions;
        this.industries = industries;
    }

    /** Adds a violation for every rule the park breaks. */
    public void check(ParkSubmission park, Violations violations) {
        if (!ParkCodes.isWellFormed(park.code())) {
            violations.add("code", "须为 2–32 位大写字母、数字或 '-'，不以 '-' 开头 / must be 2 to 32 upper-case letters, "
                    + "digits and '-', not starting with '-', e.g. GX-TSG");
        }
        TextRules.required(violations, "name", park.name(), MAX_NAME);
        region(violations, "region", park.region(), true);
        level(violations, park.level());
        land(violations, "plannedLandMu", park.plannedLandMu(), MAX_LAND_MU);
        land(violations, "availableLandMu", park.availableLandMu(),
                violations.has("plannedLandMu") || park.plannedLandMu() == null ? MAX_LAND_MU : park.plannedLandMu());
        partner(violations, park);
        industryCodes(violations, park.priorityIndustries());
    }

    private void region(Violations violations, String field, String code, boolean required) {
        if (required) {
            TextRules.required(violations, field, code, 6);
        } else {
            TextRules.optional(violations, field, code, 6);
        }
        if (code != null && !violations.has(field) && !regions.contains(code)) {
            violations.add(field, "不是已知的 GB/T 2260 地区代码 / is not a known GB/T 2260 region code");
        }
    }

    private static void level(Violations violations, String level) {
        if (level == null) {
            requireField(violations, "level");
        } else if (Arrays.stream(Park.Level.values()).noneMatch(known -> known.name().equals(level))) {
            violations.add("level", "须为 " + LEVELS + " 之一 / must be one of " + LEVELS);
        }
    }

    private static void land(Violations violations, String field, Double mu, double max) {
        if (mu == null) {
            requireField(violations, field);
        } else if (mu < 0) {
            violations.add(field, "不能为负数 / must not be negative");
        } else if (mu > max) {
            violations.add(field, max < MAX_LAND_MU
                    ? "不能超过规划用地 plannedLandMu / must not exceed plannedLandMu"
                    : "不能超过 " + (long) MAX_LAND_MU + " 亩 / must be at most " + (long) MAX_LAND_MU + " mu");
        }
    }

    private void partner(Violations violations, ParkSubmission park) {
        region(violations, "partner", park.partner(), false);
        if (park.partner() != null && !violations.has("partner") && !violations.has("region")
                && (regions.isWithin(park.partner(), park.region()) || regions.isWithin(park.region(), park.partner()))) {
            violations.add("partner", "共建方须是与园区所在地互不包含的地区 / must be a region neither containing the park's "
                    + "region nor inside it");
        }
    }

    private void industryCodes(Violations violations, List<String> codes) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < codes.size(); i++) {
            String field = "priorityIndustries[" + i + "]";
            String code = codes.get(i);
            if (code == null || code.isEmpty()) {
                violations.add(field, "须为 GB/T 4754 行业代码 / must be a GB/T 4754 code");
            } else if (!seen.add(code)) {
                violations.add(field, "重复 / repeats an earlier entry");
            } else {
                industries.problemWith(code).ifPresent(problem -> violations.add(field, problem));
            }
        }
    }

    private static void requireField(Violations violations, String field) {
        if (!violations.has(field)) {
            violations.add(field, "必填 / is required");
        }
    }
}
