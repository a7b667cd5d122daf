package cn.yanzhen.intake.domain.chain;

import cn.yanzhen.contracts.chain.IndustrialChain;
import cn.yanzhen.contracts.reference.IndustryCatalogue;
import cn.yanzhen.contracts.reference.Region;
import cn.yanzhen.contracts.reference.RegionDirectory;
import cn.yanzhen.platform.validation.TextRules;
import cn.yanzhen.platform.validation.Violations;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Pattern;

/** What makes a province's industrial chain acceptable (docs/contract.md §4.1.4). */
public final class ChainRules {

    public static final int MAX_ENTRIES = 50;
    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,31}");

    private final RegionDirectory regions;
    private final IndustryCatalogue industries;

    public ChainRules(RegionDirectory regions, IndustryCatalogue industries) {
        this.regions = regions;
        this.industries = industries;
    }

    /** Whether a text can be a chain's code: 2 to 32 upper-case letters, digits or '-', not starting with '-'. */
    public static boolean isWellFormed(String code) {
        return code != null && CODE.matcher(code).matches();
    }

    public void check(IndustrialChain chain, Violations violations) {
        if (!isWellFormed(chain.code())) {
            violations.add("code", "须为 2 至 32 个大写字母、数字或 '-' / must be 2 to 32 upper-case letters, digits or '-', "
                    + "e.g. GX-NEV");
        }
        TextRules.required(violations, "province", chain.province(), 6);
        if (!violations.has("province") && regions.find(chain.province()).map(Region::level)
                .filter(level -> level == Region.Level.PROVINCE).isEmpty()) {
            violations.add("province", "须为省级地区代码 / must be the GB/T 2260 code of a province, e.g. 450000");
        }
        TextRules.required(violations, "name", chain.name(), 100);
        checkIndustries(chain.industries(), violations);
        List<String> firms = chain.leadFirms();
        for (int i = 0; i < firms.size(); i++) {
            TextRules.required(violations, "leadFirms[" + i + "]", firms.get(i), 200);
        }
    }

    private void checkIndustries(List<String> codes, Violations violations) {
        if (codes.isEmpty() && !violations.has("industries")) {
            violations.add("industries", "至少一个国民经济行业代码 / must name at least one GB/T 4754 code");
        }
        for (int i = 0; i < codes.size(); i++) {
            String field = "industries[" + i + "]";
            industries.problemWith(codes.get(i)).ifPresent(problem -> violations.add(field, problem));
        }
        if (new HashSet<>(codes).size() < codes.size()) {
            violations.add("industries", "不能重复 / must not repeat a code");
        }
    }
}
