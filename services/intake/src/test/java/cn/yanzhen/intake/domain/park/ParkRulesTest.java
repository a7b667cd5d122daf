package cn.yanzhen.intake.domain.park;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yanzhen.contracts.reference.IndustryCatalogue;
import cn.yanzhen.contracts.reference.RegionDirectory;
import cn.yanzhen.platform.validation.Violations;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParkRulesTest {

    private final ParkRules rules = new ParkRules(RegionDirectory.load(), IndustryCatalogue.load());

    private static ParkSubmission park(String code, String region, Double planned, Double available, String partner,
                                       List<String> industries) {
        return new ParkSubmission(code, "江门（崇左）产业园", region, "PROVINCIAL", planned, available, partner, industries);
    }

    private static ParkSubmission valid() {
        return park("GX-JMCZ", "451400", 15_000.0, 6_200.5, "440000", List.of("3825", "39"));
    }

    private List<String> badFields(ParkSubmission park) {
        Violations violations = new Violations();
        rules.check(park, violations);
        return violations.all().stream().map(Violations.Violation::field).toList();
    }

    @Test
    void acceptsACoBuiltParkAndOneWithoutPartnerOrIndustries() {
        assertThat(badFields(valid())).isEmpty();
        assertThat(badFields(park("TSG", "450500", 30_000.0, 30_000.0, null, List.of()))).isEmpty();
    }

    @Test
    void namesEveryMissingRequiredFieldAtOnce() {
        assertThat(badFields(new ParkSubmission("GX-1", null, null, null, null, null, null, null)))
                .containsExactlyInAnyOrder("name", "region", "level", "plannedLandMu", "availableLandMu");
    }

    @Test
    void aCodeIsTwoToThirtyTwoUpperCaseLettersDigitsAndDashes() {
        for (String bad : new String[] {"G", "gx-tsg", "-GX", "GX_TSG", "G".repeat(33), "园区"}) {
            assertThat(badFields(park(bad, "450500", 1.0, 1.0, null, List.of()))).as(bad).containsExactly("code");
        }
        assertThat(badFields(park("G".repeat(32), "450500", 1.0, 1.0, null, List.of()))).isEmpty();
    }

    @Test
    void availableLandIsAtMostPlannedAndNeitherIsNegative() {
        assertThat(badFields(park("GX-1", "450500", 100.0, 100.5, null, List.of()))).containsExactly("availableLandMu");
        assertThat(badFields(park("GX-1", "450500", -1.0, 0.0, null, List.of()))).containsExactly("plannedLandMu");
        assertThat(badFields(park("GX-1", "450500", 16_000_000.0, 0.0, null, List.of()))).containsExactly("plannedLandMu");
    }

    @Test
    void thePartnerIsAKnownRegionOutsideThePark() {
        assertThat(badFields(park("GX-1", "451400", 1.0, 1.0, "450000", List.of()))).containsExactly("partner");
        assertThat(badFields(park("GX-1", "451400", 1.0, 1.0, "451400", List.of()))).containsExactly("partner");
        assertThat(badFields(park("GX-1", "451400", 1.0, 1.0, "999999", List.of()))).containsExactly("partner");
    }

    @Test
    void levelsAndIndustriesMustBeKnownAndIndustriesNotRepeated() {
        ParkSubmission park = new ParkSubmission("GX-1", "园区", "450500", "STATE", 1.0, 1.0, null,
                List.of("3825", "9210", "3825", "98"));
        assertThat(badFields(park)).containsExactly("level", "priorityIndustries[1]", "priorityIndustries[2]",
                "priorityIndustries[3]");
    }
}
