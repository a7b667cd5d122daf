package cn.yanzhen.intake.domain.park;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yanzhen.contracts.park.Park;
import cn.yanzhen.contracts.reference.RegionDirectory;
import cn.yanzhen.contracts.signing.Investor;
import cn.yanzhen.intake.domain.SigningSubmission;
import cn.yanzhen.platform.validation.Violations;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SigningParkRuleTest {

    private static final Park KORLA = new Park("XJ-KEDZ", "库尔勒经济技术开发区", "652800", Park.Level.NATIONAL, 20_000, 5_000,
            null, List.of(), Instant.EPOCH, Instant.EPOCH);
    private static final Map<String, Park> PARKS = Map.of(KORLA.code(), KORLA);

    private final SigningParkRule rule = new SigningParkRule(RegionDirectory.load());
    private final Violations violations = new Violations();

    private static SigningSubmission signing(String destination, String park, String parkCode) {
        return new SigningSubmission("XJ-1", "年产10万吨棉纺织项目", new Investor("杭州市恒信纺织有限公司", "91350100M000100Y43",
                "330100"), destination, park, "1713", 800_000_000L, LocalDate.of(2025, 11, 8), null, null, null, null,
                null, parkCode, null);
    }

    @Test
    void aSigningInsideTheParksRegionTakesTheParksName() {
        assertThat(rule.place(signing("652801", null, "XJ-KEDZ"), PARKS, violations).park()).isEqualTo("库尔勒经济技术开发区");
        assertThat(rule.place(signing("652800", "库尔勒经济技术开发区", "XJ-KEDZ"), PARKS, violations).parkCode())
                .isEqualTo("XJ-KEDZ");
        assertThat(violations.all()).isEmpty();
    }

    @Test
    void aSigningWithoutParkCodeKeepsItsFreeText() {
        SigningSubmission free = signing("652801", "某工业园", null);
        assertThat(rule.place(free, PARKS, violations)).isSameAs(free);
        assertThat(violations.all()).isEmpty();
    }

    @Test
    void anUnknownParkIsNamed() {
        rule.place(signing("652801", null, "XJ-NONE"), PARKS, violations);
        assertThat(violations.all()).extracting(Violations.Violation::field).containsExactly("parkCode");
    }

    @Test
    void aParkOutsideTheDestinationIsNamedEvenWhenItContainsTheParksRegion() {
        Violations inTheProvince = new Violations();
        rule.place(signing("650000", null, "XJ-KEDZ"), PARKS, inTheProvince);
        rule.place(signing("450500", null, "XJ-KEDZ"), PARKS, violations);
        assertThat(inTheProvince.all()).extracting(Violations.Violation::field).containsExactly("parkCode");
        assertThat(inTheProvince.all().get(0).message()).contains("652800", "650000");
        assertThat(violations.all()).extracting(Violations.Violation::field).containsExactly("parkCode");
    }

    @Test
    void anotherFreeTextNameBesideTheCodeIsNamed() {
        SigningSubmission other = signing("652801", "库尔勒开发区", "XJ-KEDZ");
        assertThat(rule.place(other, PARKS, violations)).isSameAs(other);
        assertThat(violations.all()).extracting(Violations.Violation::field).containsExactly("park");
    }
}
