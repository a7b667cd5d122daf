package cn.yanzhen.intake.domain.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yanzhen.contracts.reference.IndustryCatalogue;
import cn.yanzhen.contracts.reference.RegionDirectory;
import cn.yanzhen.platform.validation.Violations;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SheetValuesTest {

    static final SheetValues VALUES = new SheetValues(new RegionNames(RegionDirectory.load()),
            new IndustryNames(IndustryCatalogue.load()));

    @Test
    void amountsInTenThousandOrHundredMillionYuanBecomeExactWholeYuan() {
        assertThat(read(SigningColumn.INVESTMENT, SheetUnit.TEN_THOUSAND_YUAN, "12345.6789")).contains("123456789");
        assertThat(read(SigningColumn.INVESTMENT, SheetUnit.TEN_THOUSAND_YUAN, "0.01")).contains("100");
        assertThat(read(SigningColumn.INVESTMENT, SheetUnit.HUNDRED_MILLION_YUAN, "1.5")).contains("150000000");
        assertThat(read(SigningColumn.INVESTMENT, SheetUnit.YUAN, "1,500,000,000")).contains("1500000000");
        assertThat(read(SigningColumn.INVESTMENT, SheetUnit.TEN_THOUSAND_YUAN, "1.5E5")).contains("1500000000");
    }

    @Test
    void anAmountThatIsNotWholeYuanIsAnErrorOfItsField() {
        Violations violations = new Violations();

        assertThat(read(SigningColumn.INVESTMENT, SheetUnit.TEN_THOUSAND_YUAN, "12345.67891", violations)).isEmpty();
        assertThat(violations.all()).singleElement().satisfies(violation -> {
            assertThat(violation.field()).isEqualTo("investmentYuan");
            assertThat(violation.message()).startsWith("「12345.67891」").contains("whole yuan");
        });
    }

    @Test
    void landAndEnergyConvertToHectaresAndGwh() {
        assertThat(read(SigningColumn.LAND, SheetUnit.MU, "600")).contains("40");
        assertThat(read(SigningColumn.LAND, SheetUnit.MU, "100")).contains("6.666667");
        assertThat(read(SigningColumn.LAND, SheetUnit.HECTARE, "40.50")).contains("40.5");
        assertThat(read(SigningColumn.ENERGY, SheetUnit.TEN_THOUSAND_KWH, "12000")).contains("120");
        assertThat(read(SigningColumn.ENERGY, SheetUnit.MWH, "850.5")).contains("0.8505");
        assertThat(read(SigningColumn.ENERGY, SheetUnit.GWH, "1.2")).contains("1.2");
    }

    @Test
    void datesRegionsAndIndustriesByTheirOfficeForms() {
        assertThat(read(SigningColumn.SIGNED_ON, null, "2025年7月20日")).contains("2025-07-20");
        assertThat(read(SigningColumn.DESTINATION_REGION, null, "南宁市")).contains("450100");
        assertThat(read(SigningColumn.DESTINATION_REGION, null, "广西壮族自治区 南宁市")).contains("450100");
        assertThat(read(SigningColumn.ORIGIN_REGION, null, "440300")).contains("440300");
        assertThat(read(SigningColumn.INDUSTRY, null, "农业")).contains("01");
        assertThat(read(SigningColumn.INDUSTRY, null, "3825")).contains("3825");
        assertThat(read(SigningColumn.EXPECTED_JOBS, SheetUnit.PEOPLE, "1200")).contains("1200");
    }

    @Test
    void unknownNamesAndNonNumbersAreErrors() {
        Violations violations = new Violations();
        read(SigningColumn.DESTINATION_REGION, null, "火星市", violations);
        read(SigningColumn.INDUSTRY, null, "太空采矿", violations);
        read(SigningColumn.LAND, SheetUnit.MU, "很多", violations);
        read(SigningColumn.EXPECTED_JOBS, SheetUnit.PEOPLE, "12.5", violations);
        read(SigningColumn.SIGNED_ON, null, "2025/2/30", violations);

        assertThat(violations.all()).extracting(Violations.Violation::field).containsExactly("destinationRegion",
                "industryCode", "landHa", "expectedJobs", "signedOn");
    }

    @Test
    void cellsUnderApiFieldNamesPassAsTheyAre() {
        HeaderColumn english = new HeaderColumn(0, "investmentYuan", SigningColumn.INVESTMENT, null, true);

        assertThat(VALUES.read(english, "12.5", new Violations())).contains("12.5");
    }

    private static Optional<String> read(SigningColumn column, SheetUnit unit, String cell) {
        Violations violations = new Violations();
        Optional<String> value = read(column, unit, cell, violations);
        assertThat(violations.all()).isEmpty();
        return value;
    }

    private static Optional<String> read(SigningColumn column, SheetUnit unit, String cell, Violations violations) {
        return VALUES.read(new HeaderColumn(0, "title", column, unit, false), cell, violations);
    }
}
