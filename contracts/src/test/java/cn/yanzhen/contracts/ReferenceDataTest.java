package cn.yanzhen.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yanzhen.contracts.reference.ElectricityFactors;
import cn.yanzhen.contracts.reference.ElectricityFactors.Basis;
import cn.yanzhen.contracts.reference.FactorClass;
import cn.yanzhen.contracts.reference.IndustryCatalogue;
import cn.yanzhen.contracts.reference.Region;
import cn.yanzhen.contracts.reference.RegionDirectory;
import cn.yanzhen.contracts.reference.Zone;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ReferenceDataTest {

    private final RegionDirectory regions = RegionDirectory.load();
    private final IndustryCatalogue industries = IndustryCatalogue.load();

    @Test
    void knowsAll31ProvincesAndThePrefecturesOfTheExamples() {
        assertThat(regions.all().stream().filter(region -> region.level() == Region.Level.PROVINCE)).hasSize(31);
        assertThat(regions.find("150000")).get().extracting(Region::zone).isEqualTo(Zone.WEST);
        assertThat(regions.contains("450500")).isTrue();
        assertThat(regions.contains("999999")).isFalse();
    }

    @Test
    void everyProvinceHasAnElectricityFactorThatNamesItsSource() {
        ElectricityFactors factors = ElectricityFactors.load();
        assertThat(factors.all().keySet()).containsExactlyInAnyOrderElementsOf(regions.all().stream()
                .filter(region -> region.level() == Region.Level.PROVINCE).map(Region::code).toList());
        assertThat(factors.all().values()).allSatisfy(factor -> {
            assertThat(factor.source()).contains("2022年电力二氧化碳排放因子").contains("https://");
            assertThat(factor.name()).isEqualTo(regions.find(factor.province()).orElseThrow().name());
            if (factor.basis() == Basis.NATIONAL_AVERAGE) {
                assertThat(factor.tco2PerMwh()).isEqualByComparingTo("0.5366");
            }
        });
    }

    @Test
    void guangxisFactorIsThePublishedOne() {
        // checked by hand against the announcement as reported: 广西 0.4044 tCO2/MWh (2022)
        ElectricityFactors.Factor guangxi = ElectricityFactors.load().of("450000").orElseThrow();
        assertThat(guangxi.tco2PerMwh()).isEqualTo(new BigDecimal("0.4044"));
        assertThat(guangxi.basis()).isEqualTo(Basis.PUBLISHED);
        assertThat(guangxi.tenThousandths()).isEqualTo(4044);
        assertThat(ElectricityFactors.load().of("330000").orElseThrow().basis()).isEqualTo(Basis.NATIONAL_AVERAGE);
    }

    @Test
    void walksTheHierarchyUpToTheProvince() {
        assertThat(regions.selfAndAncestors("652801")).extracting(Region::code)
                .containsExactly("652801", "652800", "650000");
        assertThat(regions.isWithin("652801", "650000")).isTrue();
        assertThat(regions.isWithin("450500", "650000")).isFalse();
        assertThat(regions.selfAndAncestors("999999")).isEmpty();
    }

    @Test
    void zonesHaveTheirDefaultTiers() {
        assertThat(Zone.EAST.defaultTier()).isEqualTo(1);
        assertThat(Zone.CENTRAL.defaultTier()).isEqualTo(2);
        assertThat(Zone.NORTHEAST.defaultTier()).isEqualTo(2);
        assertThat(Zone.WEST.defaultTier()).isEqualTo(3);
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

    @Test
    void givesEachDivisionItsFactorClass() {
        assertThat(industries.factorClass("1810")).isEqualTo(FactorClass.LABOUR);
        assertThat(industries.factorClass("3216")).isEqualTo(FactorClass.RESOURCE);
        assertThat(industries.factorClass("3670")).isEqualTo(FactorClass.CAPITAL);
        assertThat(industries.factorClass("3841")).isEqualTo(FactorClass.TECHNOLOGY);
    }
}
