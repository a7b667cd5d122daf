package cn.yanzhen.tracking.figures.domain;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yanzhen.contracts.reference.ElectricityFactors;
import cn.yanzhen.contracts.reference.IndustryCatalogue;
import cn.yanzhen.contracts.reference.RegionDirectory;
import cn.yanzhen.contracts.tracking.ProjectProgressed.ProjectStatus;
import cn.yanzhen.contracts.tracking.Stats;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Energy and carbon moved (docs/contract.md §4.5.2), every expectation computed by hand from the factor table:
 * Guangxi 0.4044, Yunnan 0.1073, Hebei 0.7252 (published), Guangdong 0.5366 (the national average: its own figure
 * was not found in a published source).
 */
class EnergyDomainTest {

    private static final LocalDate SIGNED = LocalDate.of(2025, 7, 20);
    private static final RegionDirectory REGIONS = RegionDirectory.load();

    private final FigureChanges changes = new FigureChanges(new Scopes(REGIONS, IndustryCatalogue.load()));
    private final EnergyFigures figures = new EnergyFigures(ElectricityFactors.load(), REGIONS);

    @Test
    void demandIsKeptInWholeMegawattHours() {
        assertThat(EnergyUse.mwhOf(40.5)).isEqualTo(40_500);
        assertThat(EnergyUse.mwhOf(12.3456)).isEqualTo(12_346);
        assertThat(EnergyUse.mwhOf(0.0004)).isZero();
        assertThat(EnergyUse.mwhOf(null)).isZero();
    }

    @Test
    void commencedProjectsDemandAndItsCarbonAtBothFactors() {
        // Beihai (Guangxi) from Shenzhen (Guangdong): 120 GWh, commenced
        changes.add(new Place("E1", "450500", "3825"), null, state(ProjectStatus.COMMENCED, 120_000, "440300"));
        // Yunnan from Hebei: 40.5 GWh, commenced
        changes.add(new Place("E1", "530000", "3216"), null, state(ProjectStatus.IN_PRODUCTION, 40_500, "130000"));
        // not commenced, cancelled after commencing, withdrawn: nothing
        changes.add(new Place("E1", "450500", "3825"), null, notCommenced(99_000));
        changes.add(new Place("E1", "450500", "3825"), null, state(ProjectStatus.CANCELLED, 7_000, "440300"));
        ProjectState withdrawn = state(ProjectStatus.COMMENCED, 5_000, "440300");
        changes.add(new Place("E1", "450500", "3825"), null, withdrawn);
        changes.add(new Place("E1", "450500", "3825"), withdrawn, withStatus(withdrawn, ProjectStatus.WITHDRAWN));

        // Guangxi's profile says 0.6 green; Beihai has none of its own, so Guangxi's applies; Yunnan has no profile
        Stats.Energy energy = figures.of(changes.countsOf(EnergyUse.KIND, EnergyUse.class).get("event:E1"), Map.of("450000", 0.6));

        // 120,000 + 40,500 MWh
        assertThat(energy.demandGwhPerYear()).isEqualByComparingTo("160.5");
        // 120,000 × 0.4044 = 48,528 t; 40,500 × 0.1073 = 4,345.65 t
        assertThat(energy.co2AtDestinationTonnes()).isEqualTo(new BigDecimal("52873.6500"));
        // 120,000 × 0.5366 = 64,392 t; 40,500 × 0.7252 = 29,370.6 t
        assertThat(energy.co2AtOriginTonnes()).isEqualTo(new BigDecimal("93762.6000"));
        // the transfer saves 40,888.95 t a year
        assertThat(energy.co2ChangeTonnes()).isEqualTo(new BigDecimal("-40888.9500"));
        // 120,000 × 0.6 green of 160,500 MWh = 0.44859… → 0.4486
        assertThat(energy.greenPowerShare()).isEqualTo(0.4486);
        assertThat(energy.withoutGreenPowerProfileGwh()).isEqualByComparingTo("40.5");
        assertThat(changes.countsOf(EnergyUse.KIND, EnergyUse.class).get("region:450000")).isEqualTo(Map.of(new EnergyUse("450500", "440300"),
                120_000L));
    }

    @Test
    void aPrefecturesOwnProfileComesBeforeItsProvinces() {
        changes.add(new Place("E1", "450500", "3825"), null, state(ProjectStatus.COMMENCED, 10_000, "440300"));

        Stats.Energy energy = figures.of(changes.countsOf(EnergyUse.KIND, EnergyUse.class).get("all"), Map.of("450000", 0.6, "450500", 0.25));

        assertThat(energy.greenPowerShare()).isEqualTo(0.25);
        assertThat(energy.withoutGreenPowerProfileGwh()).isEqualByComparingTo("0");
    }

    @Test
    void aRepeatAddsItsOwnDemandInItsEventOnly() {
        ProjectState earliest = state(ProjectStatus.COMMENCED, 10_000, "440300");
        ProjectState repeat = new ProjectState(ProjectStatus.SIGNED, 100, null, null, 0, false, null, true,
                VerifiedProgress.NONE, SIGNED.plusMonths(6), 12_000, "440300");
        changes.add(new Place("E1", "450500", "3825"), null, earliest);
        changes.add(new Place("E2", "450500", "3825"), null, repeat.following(earliest));

        assertThat(changes.countsOf(EnergyUse.KIND, EnergyUse.class).get("event:E2")).isEqualTo(Map.of(new EnergyUse("450500", "440300"),
                12_000L));
        assertThat(changes.countsOf(EnergyUse.KIND, EnergyUse.class).get("all")).isEqualTo(Map.of(new EnergyUse("450500", "440300"), 10_000L));
    }

    @Test
    void noDemandGivesZeros() {
        assertThat(figures.of(Map.of(), Map.of())).isEqualTo(Stats.Energy.NONE);
    }

    private static ProjectState state(ProjectStatus status, long mwh, String origin) {
        return new ProjectState(status, 100, SIGNED.plusDays(30), status == ProjectStatus.IN_PRODUCTION
                ? SIGNED.plusDays(90) : null, 0, false, null, false, VerifiedProgress.NONE, SIGNED, mwh, origin);
    }

    private static ProjectState notCommenced(long mwh) {
        return new ProjectState(ProjectStatus.SIGNED, 100, null, null, 0, false, null, false, VerifiedProgress.NONE,
                SIGNED, mwh, "440300");
    }

    private static ProjectState withStatus(ProjectState state, ProjectStatus status) {
        return CycleTimesDomainTest.withStatus(state, status);
    }
}
