package cn.yanzhen.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReferenceDataTest {

    private final RegionDirectory regions = RegionDirectory.fromCsv(
            getClass().getClassLoader().getResourceAsStream("reference/regions.csv"));
    private final IndustryCatalogue industries = IndustryCatalogue.fromCsv(
            getClass().getClassLoader().getResourceAsStream("reference/industries.csv"));

    @Test
    void knowsAllProvincesAndThePrefecturesOfTheExamples() {
        assertThat(regions.find("150000")).get().extracting(Region::zone).isEqualTo("WEST");
        assertThat(regions.find("652801")).get().extracting(Region::parent).isEqualTo("652800");
        assertThat(regions.contains("450500")).isTrue();
        assertThat(regions.contains("999999")).isFalse();
        assertThat(regions.size()).isGreaterThanOrEqualTo(31 + 44);
    }

    @Test
    void knowsAll97DivisionsAndRefusesPublicAdministration() {
        assertThat(industries.divisions()).isEqualTo(97);
        assertThat(industries.problemWith("3841")).isEmpty();
        assertThat(industries.problemWith("01")).isEmpty();
        assertThat(industries.problemWith("9010")).isEmpty();
        assertThat(industries.problemWith("91")).get().asString().contains("public administration");
        assertThat(industries.problemWith("97")).isPresent();
        assertThat(industries.problemWith("98")).get().asString().contains("does not exist");
        assertThat(industries.problemWith("00")).isPresent();
        assertThat(industries.problemWith("3")).isPresent();
        assertThat(industries.problemWith("38411")).isPresent();
    }
}
