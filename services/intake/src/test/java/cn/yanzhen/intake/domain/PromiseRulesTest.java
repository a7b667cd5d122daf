package cn.yanzhen.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yanzhen.contracts.signing.Signing.Promise;
import cn.yanzhen.platform.validation.Violations;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PromiseRulesTest {

    private static final LocalDate SIGNED_ON = LocalDate.of(2025, 7, 20);

    private static Violations check(Promise promise) {
        Violations violations = new Violations();
        PromiseRules.check(promise, SIGNED_ON, violations);
        return violations;
    }

    private static List<String> fields(Promise promise) {
        return check(promise).all().stream().map(Violations.Violation::field).toList();
    }

    @Test
    void noPromiseAndAFullOneAreAccepted() {
        assertThat(check(null).all()).isEmpty();
        assertThat(check(new Promise(8000.0, "吨/月", 1_600_000_000L, 80_000_000L, SIGNED_ON.plusYears(2))).all())
                .isEmpty();
    }

    @Test
    void aDateAloneIsAPromiseToReachDesignCapacityThen() {
        assertThat(check(new Promise(null, null, null, null, SIGNED_ON)).all()).isEmpty();
    }

    @Test
    void capacityAndUnitComeTogether() {
        assertThat(fields(new Promise(8000.0, null, null, null, SIGNED_ON))).containsExactly("promise.capacityUnit");
        assertThat(fields(new Promise(null, "吨/月", null, null, SIGNED_ON))).containsExactly("promise.designCapacity");
    }

    @Test
    void amountsAreBoundedAndNotNegative() {
        assertThat(fields(new Promise(0.0, "吨/月", -1L, SigningRules.MAX_INVESTMENT_YUAN + 1, SIGNED_ON)))
                .containsExactlyInAnyOrder("promise.designCapacity", "promise.annualOutputYuan",
                        "promise.annualTaxYuan");
        assertThat(fields(new Promise(1e16, "吨/月", 0L, SigningRules.MAX_INVESTMENT_YUAN, SIGNED_ON)))
                .containsExactly("promise.designCapacity");
        assertThat(fields(new Promise(1.0, "x".repeat(PromiseRules.MAX_UNIT_LENGTH + 1), null, null, SIGNED_ON)))
                .containsExactly("promise.capacityUnit");
    }

    @Test
    void whatIsPromisedNeedsItsDateNotBeforeTheSigning() {
        assertThat(fields(new Promise(null, null, 1_000L, null, null))).containsExactly("promise.fullProductionBy");
        assertThat(fields(new Promise(null, null, null, 1_000L, SIGNED_ON.minusDays(1))))
                .containsExactly("promise.fullProductionBy");
        assertThat(check(new Promise(null, null, null, 1_000L, SIGNED_ON)).all()).isEmpty();
    }
}
