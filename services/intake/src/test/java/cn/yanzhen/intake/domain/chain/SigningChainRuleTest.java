package cn.yanzhen.intake.domain.chain;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yanzhen.contracts.chain.IndustrialChain;
import cn.yanzhen.contracts.reference.RegionDirectory;
import cn.yanzhen.contracts.signing.Investor;
import cn.yanzhen.intake.domain.SigningSubmission;
import cn.yanzhen.platform.validation.Violations;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SigningChainRuleTest {

    private static final IndustrialChain NEV = chain("GX-NEV", "450000", "367", "3841");
    private static final IndustrialChain BATTERIES = chain("GX-BAT", "450000", "3841");
    private static final IndustrialChain ELECTRICAL = chain("GX-ELEC", "450000", "38");
    private static final IndustrialChain GUIZHOU_BATTERIES = chain("GZ-BAT", "520000", "3841");

    private final SigningChainRule rule = new SigningChainRule(RegionDirectory.load());
    private final Violations violations = new Violations();

    private static IndustrialChain chain(String code, String province, String... industries) {
        return new IndustrialChain(code, province, "产业链 " + code, List.of(industries), List.of());
    }

    private static Map<String, IndustrialChain> byCode(IndustrialChain... chains) {
        return List.of(chains).stream().collect(Collectors.toMap(IndustrialChain::code, Function.identity()));
    }

    private static SigningSubmission signing(String destination, String industry, String chainCode) {
        return new SigningSubmission("GX-1", "动力电池项目", new Investor("宁德某电池企业", "91350100M000100Y43", "350100"),
                destination, null, industry, 900_000_000L, LocalDate.of(2025, 9, 10), null, null, null, null, null,
                null, chainCode);
    }

    private List<String> fieldsOf(SigningSubmission signing, Map<String, IndustrialChain> chains) {
        rule.check(signing, chains, violations);
        return violations.all().stream().map(Violations.Violation::field).toList();
    }

    @Test
    void aChainOfTheDestinationsProvinceThatSpansTheIndustryIsAccepted() {
        assertThat(fieldsOf(signing("450200", "3841", "GX-NEV"), byCode(NEV))).isEmpty();
        assertThat(fieldsOf(signing("450000", "3670", "GX-NEV"), byCode(NEV))).isEmpty();
    }

    @Test
    void anUnknownChainIsNamed() {
        assertThat(fieldsOf(signing("450200", "3841", "GX-NONE"), byCode(NEV))).containsExactly("chainCode");
        assertThat(violations.all().get(0).message()).contains("GX-NONE");
    }

    @Test
    void aChainOfAnotherProvinceIsNamed() {
        assertThat(fieldsOf(signing("450200", "3841", "GZ-BAT"), byCode(GUIZHOU_BATTERIES)))
                .containsExactly("chainCode");
        assertThat(violations.all().get(0).message()).contains("520000", "450200");
    }

    @Test
    void aChainThatDoesNotSpanTheIndustryIsNamed() {
        assertThat(fieldsOf(signing("450200", "3825", "GX-BAT"), byCode(BATTERIES))).containsExactly("chainCode");
        assertThat(violations.all().get(0).message()).contains("3825", "3841");
    }

    @Test
    void aMalformedChainCodeIsNotNamedTwice() {
        violations.add("chainCode", "不是产业链代码");
        assertThat(fieldsOf(signing("450200", "3841", "gx"), byCode(NEV))).containsExactly("chainCode");
    }

    @Test
    void aBadDestinationOrIndustryIsNotHeldAgainstTheChain() {
        violations.add("destinationRegion", "未知");
        violations.add("industryCode", "未知");
        assertThat(fieldsOf(signing("999999", "9999", "GX-NEV"), byCode(NEV)))
                .containsExactly("destinationRegion", "industryCode");
    }

    @Test
    void aSigningNamingNoChainIsTaggedToTheMostSpecificChainOfItsProvince() {
        List<IndustrialChain> chains = List.of(ELECTRICAL, NEV, GUIZHOU_BATTERIES);
        assertThat(rule.tagged(signing("450200", "3841", null), chains).chainCode()).isEqualTo("GX-NEV");
        assertThat(rule.tagged(signing("450200", "3825", null), chains).chainCode()).isEqualTo("GX-ELEC");
        assertThat(rule.tagged(signing("522600", "3841", null), chains).chainCode()).isEqualTo("GZ-BAT");
    }

    @Test
    void noChainIsSuggestedWhenNoneSpansTheIndustryOrTwoSpanItEquallyWell() {
        assertThat(rule.tagged(signing("450200", "1713", null), List.of(NEV, ELECTRICAL)).chainCode()).isNull();
        assertThat(rule.tagged(signing("450200", "3841", null), List.of(NEV, BATTERIES, ELECTRICAL)).chainCode())
                .isNull();
        assertThat(rule.tagged(signing("440300", "3841", null), List.of(NEV)).chainCode()).isNull();
    }

    @Test
    void aNamedChainIsKept() {
        SigningSubmission named = signing("450200", "3841", "GX-BAT");
        assertThat(rule.tagged(named, List.of(NEV))).isSameAs(named);
    }

    @Test
    void candidatesComeMostSpecificFirst() {
        assertThat(rule.candidates("450200", "3841", List.of(ELECTRICAL, NEV, GUIZHOU_BATTERIES)))
                .extracting(IndustrialChain::code).containsExactly("GX-NEV", "GX-ELEC");
        assertThat(rule.provinceOf("652801")).contains("650000");
        assertThat(rule.provinceOf("999999")).isEmpty();
    }
}
