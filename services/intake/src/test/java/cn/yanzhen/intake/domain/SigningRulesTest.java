package cn.yanzhen.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yanzhen.contracts.reference.IndustryCatalogue;
import cn.yanzhen.contracts.reference.RegionDirectory;
import cn.yanzhen.contracts.signing.Investor;
import cn.yanzhen.platform.validation.Violations;
import java.time.LocalDate;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class SigningRulesTest {

    private static final LocalDate EVENT_START = LocalDate.of(2025, 7, 20);
    private static final LocalDate TODAY = LocalDate.of(2025, 8, 1);

    private final SigningRules rules = new SigningRules(RegionDirectory.load(), IndustryCatalogue.load());

    private static SigningSubmission valid() {
        return new SigningSubmission("GX-2025-001", "年产20GW光伏组件项目",
                new Investor("深圳市华阳新能源科技有限公司", "91350100M000100Y43", "440300"), "450500", "铁山港工业区",
                "3825", 1_500_000_000L, EVENT_START, 1200, 40.0, 120.0, LocalDate.of(2025, 12, 31), null, null, null);
    }

    private Violations check(SigningSubmission signing) {
        Violations violations = new Violations();
        rules.check(signing, EVENT_START, TODAY, violations);
        return violations;
    }

    private Violations checkChanged(UnaryOperator<SigningSubmission> change) {
        return check(change.apply(valid()));
    }

    @Test
    void acceptsAValidSigning() {
        assertThat(check(valid()).all()).isEmpty();
    }

    @Test
    void namesEveryMissingRequiredFieldAtOnce() {
        Violations violations = check(new SigningSubmission(null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null));
        assertThat(violations.all()).extracting(Violations.Violation::field).containsExactlyInAnyOrder(
                "externalRef", "projectName", "investor.name", "investor.creditCode", "investor.originRegion",
                "destinationRegion", "industryCode", "investmentYuan", "signedOn");
    }

    @Test
    void signedOnMayBeTodayButNotTomorrow() {
        assertThat(checkChanged(s -> withSignedOn(s, TODAY)).all()).isEmpty();
        assertThat(checkChanged(s -> withSignedOn(s, TODAY.plusDays(1))).has("signedOn")).isTrue();
    }

    @Test
    void signedOnMayBe365DaysBeforeTheEventButNotOneMore() {
        assertThat(checkChanged(s -> withSignedOn(s, EVENT_START.minusDays(365))).has("signedOn")).isFalse();
        assertThat(checkChanged(s -> withSignedOn(s, EVENT_START.minusDays(366))).has("signedOn")).isTrue();
    }

    @Test
    void investmentMustBePositiveAndBounded() {
        assertThat(checkChanged(s -> withInvestment(s, 1L)).all()).isEmpty();
        assertThat(checkChanged(s -> withInvestment(s, 0L)).has("investmentYuan")).isTrue();
        assertThat(checkChanged(s -> withInvestment(s, SigningRules.MAX_INVESTMENT_YUAN)).all()).isEmpty();
        assertThat(checkChanged(s -> withInvestment(s, SigningRules.MAX_INVESTMENT_YUAN + 1)).has("investmentYuan"))
                .isTrue();
    }

    @Test
    void optionalFiguresMayBeZeroButNotNegative() {
        SigningSubmission zero = new SigningSubmission("R", "P", valid().investor(), "450500", null, "3825", 1L,
                EVENT_START, 0, 0.0, 0.0, null, null, null, null);
        assertThat(check(zero).all()).isEmpty();
        SigningSubmission negative = new SigningSubmission("R", "P", valid().investor(), "450500", null, "3825", 1L,
                EVENT_START, -1, -0.1, -0.1, null, null, null, null);
        assertThat(check(negative).all()).extracting(Violations.Violation::field)
                .containsExactlyInAnyOrder("expectedJobs", "landHa", "energyGwhPerYear");
    }

    @Test
    void plannedCommencementMayEqualSignedOnButNotPrecedeIt() {
        assertThat(checkChanged(s -> withPlanned(s, s.signedOn())).all()).isEmpty();
        assertThat(checkChanged(s -> withPlanned(s, s.signedOn().minusDays(1))).has("plannedCommencement")).isTrue();
    }

    @Test
    void codesMustExist() {
        SigningSubmission unknown = new SigningSubmission("R", "P",
                new Investor("I", "91350100M000100Y44", "999999"), "000000", null, "9100", 1L, EVENT_START,
                null, null, null, null, null, null, null);
        assertThat(check(unknown).all()).extracting(Violations.Violation::field).containsExactlyInAnyOrder(
                "investor.creditCode", "investor.originRegion", "destinationRegion", "industryCode");
    }

    @Test
    void aChainCodeMustBeWellFormed() {
        assertThat(check(valid().withChain("GX-NEV")).all()).isEmpty();
        for (String bad : new String[] {"gx-nev", "-GX", "G", "GX NEV", "X".repeat(33)}) {
            assertThat(check(valid().withChain(bad)).all()).as(bad).extracting(Violations.Violation::field)
                    .containsExactly("chainCode");
        }
    }

    private static SigningSubmission withSignedOn(SigningSubmission s, LocalDate signedOn) {
        return new SigningSubmission(s.externalRef(), s.projectName(), s.investor(), s.destinationRegion(), s.park(),
                s.industryCode(), s.investmentYuan(), signedOn, s.expectedJobs(), s.landHa(), s.energyGwhPerYear(),
                null, s.promise(), s.parkCode(), s.chainCode());
    }

    private static SigningSubmission withInvestment(SigningSubmission s, Long yuan) {
        return new SigningSubmission(s.externalRef(), s.projectName(), s.investor(), s.destinationRegion(), s.park(),
                s.industryCode(), yuan, s.signedOn(), s.expectedJobs(), s.landHa(), s.energyGwhPerYear(),
                s.plannedCommencement(), s.promise(), s.parkCode(), s.chainCode());
    }

    private static SigningSubmission withPlanned(SigningSubmission s, LocalDate planned) {
        return new SigningSubmission(s.externalRef(), s.projectName(), s.investor(), s.destinationRegion(), s.park(),
                s.industryCode(), s.investmentYuan(), s.signedOn(), s.expectedJobs(), s.landHa(),
                s.energyGwhPerYear(), planned, s.promise(), s.parkCode(), s.chainCode());
    }
}
