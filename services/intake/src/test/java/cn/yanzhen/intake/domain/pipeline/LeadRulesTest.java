package cn.yanzhen.intake.domain.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yanzhen.contracts.reference.IndustryCatalogue;
import cn.yanzhen.contracts.reference.RegionDirectory;
import cn.yanzhen.contracts.signing.Investor;
import cn.yanzhen.intake.domain.ReferenceChecks;
import cn.yanzhen.platform.validation.Violations;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LeadRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 9, 30);
    private static final LeadRules RULES = new LeadRules(new ReferenceChecks(RegionDirectory.load(),
            IndustryCatalogue.load()));

    @Test
    void acceptsALeadWhoseFirmHasNoCreditCodeYet() {
        Violations violations = new Violations();
        RULES.check(new NewLead("QDN-2025-031", new Investor("深圳某储能企业", null, "440300"), "储能电池项目", "522600",
                "3841", "GZ-BATTERY", 1_200_000_000L, "黔东南州投资促进局 王敏", TODAY), TODAY, violations);
        assertThat(violations.isEmpty()).as("%s", violations.all()).isTrue();
    }

    @Test
    void namesEveryBadField() {
        Violations violations = new Violations();
        RULES.check(new NewLead("no spaces!", new Investor(null, "91440300MA5F8KXX2Z", "999999"), null, "522601",
                "9201", null, 0L, null, TODAY.plusDays(1)), TODAY, violations);
        assertThat(violations.all()).extracting(Violations.Violation::field).containsExactlyInAnyOrder("leadId",
                "firm.name", "firm.creditCode", "firm.originRegion", "projectName", "destinationRegion", "industryCode",
                "expectedInvestmentYuan", "officer", "firstContactOn");
    }

    @Test
    void aContactIsNotBeforeTheFirstNorAfterToday() {
        Violations early = new Violations();
        LeadRules.check(new NewContact(TODAY.minusDays(10), "考察"), TODAY.minusDays(5), TODAY, early);
        assertThat(early.has("on")).isTrue();
        Violations late = new Violations();
        LeadRules.check(new NewContact(TODAY.plusDays(1), "x".repeat(501)), TODAY.minusDays(5), TODAY, late);
        assertThat(late.all()).extracting(Violations.Violation::field).containsExactlyInAnyOrder("on", "note");
    }
}
