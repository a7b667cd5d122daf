package cn.yanzhen.intake.domain.chain;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yanzhen.contracts.chain.IndustrialChain;
import cn.yanzhen.contracts.reference.IndustryCatalogue;
import cn.yanzhen.contracts.reference.RegionDirectory;
import cn.yanzhen.platform.validation.Violations;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChainRulesTest {

    private static final ChainRules RULES = new ChainRules(RegionDirectory.load(), IndustryCatalogue.load());

    @Test
    void acceptsAProvincesChainOfDivisionsGroupsAndClasses() {
        Violations violations = new Violations();
        RULES.check(new IndustrialChain("GX-NEV", "450000", "新能源汽车产业链", List.of("36", "384", "3841"),
                List.of("上汽通用五菱汽车股份有限公司")), violations);
        assertThat(violations.isEmpty()).as("%s", violations.all()).isTrue();
    }

    @Test
    void namesEveryBadField() {
        Violations violations = new Violations();
        RULES.check(new IndustrialChain("gx nev", "450500", " ", List.of("3841", "9201", "3841"), List.of("ok", " ")),
                violations);
        assertThat(violations.all()).extracting(Violations.Violation::field).containsExactlyInAnyOrder("code",
                "province", "name", "industries[1]", "industries", "leadFirms[1]");
    }

    @Test
    void spansAnIndustryWhenOneOfItsCodesIsTheIndustrysOrAPrefixOfIt() {
        IndustrialChain chain = new IndustrialChain("GX-NEV", "450000", "新能源汽车产业链", List.of("367", "3841"), List.of());
        assertThat(chain.spans("3670")).isTrue();
        assertThat(chain.spans("3841")).isTrue();
        assertThat(chain.spans("38")).as("a division is wider than the chain's class").isFalse();
        assertThat(chain.spans("3825")).isFalse();
    }
}
