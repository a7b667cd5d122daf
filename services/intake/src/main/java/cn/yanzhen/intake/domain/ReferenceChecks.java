package cn.yanzhen.intake.domain;

import cn.yanzhen.contracts.reference.IndustryCatalogue;
import cn.yanzhen.contracts.reference.RegionDirectory;
import cn.yanzhen.platform.validation.TextRules;
import cn.yanzhen.platform.validation.Violations;

/** The reference codes intake's bodies carry: a required GB/T 2260 region and a GB/T 4754 industry that can be invested in. */
public final class ReferenceChecks {

    private final RegionDirectory regions;
    private final IndustryCatalogue industries;

    public ReferenceChecks(RegionDirectory regions, IndustryCatalogue industries) {
        this.regions = regions;
        this.industries = industries;
    }

    public void region(Violations violations, String field, String code) {
        TextRules.required(violations, field, code, 6);
        if (!violations.has(field) && !regions.contains(code)) {
            violations.add(field, "不是已知的 GB/T 2260 地区代码 / is not a known GB/T 2260 region code");
        }
    }

    public void industry(Violations violations, String field, String code) {
        TextRules.required(violations, field, code, 4);
        if (!violations.has(field)) {
            industries.problemWith(code).ifPresent(problem -> violations.add(field, problem));
        }
    }

    public RegionDirectory regions() {
        return regions;
    }
}
