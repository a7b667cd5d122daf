package cn.yanzhen.capacity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yanzhen.contracts.capacity.RegionCapacity.Amounts;
import cn.yanzhen.contracts.capacity.RegionCapacity.Profile;
import cn.yanzhen.contracts.reference.IndustryCatalogue;
import cn.yanzhen.contracts.reference.RegionDirectory;
import cn.yanzhen.platform.validation.Violations;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CapacityDomainTest {

    private static final Profile PROFILE = new Profile(3, 100, 30_000, 50_000, 0.6, 70, List.of("32", "38"),
            List.of("3825"), List.of("30"));

    @Test
    void aValidProfilePasses() {
        Violations violations = new Violations();
        new ProfileRules(IndustryCatalogue.load()).check(PROFILE, violations);
        assertThat(violations.all()).isEmpty();
    }

    @Test
    void namesEveryOutOfRangeFigureAndBadCode() {
        Profile bad = new Profile(4, -1, -1, -0.5, 1.01, 101, List.of("91"), List.of("3"), List.of("98"));
        Violations violations = new Violations();
        new ProfileRules(IndustryCatalogue.load()).check(bad, violations);
        assertThat(violations.all()).extracting(Violations.Violation::field).containsExactlyInAnyOrder(
                "gradientTier", "landAvailableHa", "labourAvailable", "energyAvailableGwhPerYear", "greenPowerShare",
                "infrastructureScore", "industrialBase[0]", "prioritisedIndustries[0]", "restrictedIndustries[0]");
    }

    @Test
    void figuresBeyondAnyRealRegionAreRefused() {
        Profile absurd = new Profile(3, 1.2e29, 2_000_000_000L, 1e12, 0.5, 50, List.of(), List.of(), List.of());
        Violations violations = new Violations();
        new ProfileRules(IndustryCatalogue.load()).check(absurd, violations);
        assertThat(violations.all()).extracting(Violations.Violation::field)
                .containsExactlyInAnyOrder("landAvailableHa", "labourAvailable", "energyAvailableGwhPerYear");
    }

    @Test
    void boundsAreInclusive() {
        Profile edges = new Profile(1, 0, 0, 0, 1.0, 100, List.of(), List.of(), List.of());
        Violations violations = new Violations();
        new ProfileRules(IndustryCatalogue.load()).check(edges, violations);
        assertThat(violations.all()).isEmpty();
    }

    @Test
    void remainingIsAvailableMinusReserved() {
        assertThat(Ledger.remaining(PROFILE, new Amounts(30, 400, 20)))
                .isEqualTo(new Amounts(70, 29_600, 49_980));
    }

    @Test
    void figuresCarryNoFloatingPointResidue() {
        assertThat(Ledger.reserved(0.1 + 0.2, 3, 1981.9999999999998)).isEqualTo(new Amounts(0.3, 3, 1982));
        assertThat(Ledger.remaining(PROFILE, new Amounts(100.1 + 19.5, 0, 0)).landHa()).isEqualTo(-19.6);
    }

    @Test
    void reservingExactlyWhatIsAvailableIsNotOverdrawnButOneMoreIs() {
        assertThat(Ledger.overdrawn(PROFILE, new Amounts(100, 30_000, 50_000))).isEmpty();
        assertThat(Ledger.overdrawn(PROFILE, new Amounts(100.5, 30_001, 50_000))).hasSize(2)
                .anySatisfy(line -> assertThat(line).startsWith("land"))
                .anySatisfy(line -> assertThat(line).startsWith("labour"));
    }

    @Test
    void theNearestProfileUpTheHierarchyHoldsTheReservation() {
        ProfileHolders holders = new ProfileHolders(RegionDirectory.load());
        assertThat(holders.holderOf("652801", Set.of("650000", "652800")::contains)).contains("652800");
        assertThat(holders.holderOf("652801", Set.of("650000")::contains)).contains("650000");
        assertThat(holders.holderOf("652801", Set.of("652801", "650000")::contains)).contains("652801");
        assertThat(holders.holderOf("450500", Set.of("650000")::contains)).isEmpty();
    }
}
