package cn.yanzhen.tracking.figures.domain;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yanzhen.contracts.reference.IndustryCatalogue;
import cn.yanzhen.contracts.reference.RegionDirectory;
import cn.yanzhen.contracts.tracking.LandFigures;
import cn.yanzhen.contracts.tracking.ProjectProgressed.ProjectStatus;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Parks, chains and land (docs/contract.md §4.5.7), worked out by hand. */
class LandDomainTest {

    private final Scopes scopes = new Scopes(RegionDirectory.load(), IndustryCatalogue.load());
    private final FigureChanges changes = new FigureChanges(scopes);

    @Test
    void aProjectInAParkOnAChainCountsInBothBeyondItsRegions() {
        assertThat(scopes.of(new Place("E1", "451400", "3825", "GX-JMCZ", "GX-NEV"))).containsExactly("all",
                "event:E1", "region:451400", "region:450000", "industry:38", "park:GX-JMCZ", "chain:GX-NEV");
        assertThat(scopes.of(new Place("E1", "451400", "3825"))).noneMatch(scope -> scope.startsWith("park:"));
    }

    @Test
    void anOpenProjectTakesItsLandWhereItCountsARepeatOnlyInItsEventAndAWithdrawalGivesItBack() {
        Place place = new Place("E1", "451400", "3825", "GX-JMCZ", null);
        // 10 ha = 100,000 m² with 300 M yuan; its repeat, 4 ha with 120 M, counts in its own event only
        changes.add(place, null, withLand(ProjectStatus.SIGNED, false, 100_000, 300_000_000));
        changes.add(new Place("E2", "451400", "3825", "GX-JMCZ", null), null,
                withLand(ProjectStatus.SIGNED, true, 40_000, 120_000_000));

        assertThat(land("park:GX-JMCZ")).containsExactly(1, 100_000, 300_000_000);
        assertThat(land("event:E2")).containsExactly(1, 40_000, 120_000_000);
        assertThat(land("region:450000")).containsExactly(1, 100_000, 300_000_000);

        FigureChanges withdrawal = new FigureChanges(scopes);
        withdrawal.add(place, withLand(ProjectStatus.SIGNED, false, 100_000, 300_000_000),
                withLand(ProjectStatus.WITHDRAWN, false, 100_000, 300_000_000));
        assertThat(withdrawal.changesOf(LandTaken.KIND).get("park:GX-JMCZ").get(LandTaken.KEY))
                .containsExactly(-1, -100_000, -300_000_000);
    }

    @Test
    void landIsCountedInSquareMetresAndShownInMuWithItsIntensityAndYieldPerMu() {
        // 15 ha = 150,000 m² = 225 亩; 450 M yuan = 45,000 万 ÷ 225 = 200.00 万元/亩;
        // 240 M output = 24,000 万 ÷ 225 = 106.666… → 106.67; 12 M tax = 1,200 万 ÷ 225 = 5.333… → 5.33
        LandFigures land = LandFigures.of(2, LandFigures.squareMetres(15.0), 450_000_000,
                List.of(LandFigures.PeriodYield.of("2025", 2, 150_000, 240_000_000, 12_000_000)));
        assertThat(land.takenMu()).isEqualByComparingTo("225.00");
        assertThat(land.investmentPerMuWanYuan()).isEqualByComparingTo("200.00");
        assertThat(land.periods().get(0).landMu()).isEqualByComparingTo("225.00");
        assertThat(land.periods().get(0).outputPerMuWanYuan()).isEqualByComparingTo("106.67");
        assertThat(land.periods().get(0).taxPerMuWanYuan()).isEqualByComparingTo("5.33");
        // 0.3333 ha = 3,333 m² = 4.9995 亩 → 5.00; no land, no intensity
        assertThat(LandFigures.of(1, LandFigures.squareMetres(0.3333), 1, List.of()).takenMu())
                .isEqualTo(new BigDecimal("5.00"));
        assertThat(LandFigures.NONE.investmentPerMuWanYuan()).isNull();
    }

    private long[] land(String scope) {
        Map<Object, long[]> counts = changes.changesOf(LandTaken.KIND).get(scope);
        return counts.get(LandTaken.KEY);
    }

    private static ProjectState withLand(ProjectStatus status, boolean repeat, long squareMetres, long yuan) {
        return new ProjectState(status, yuan, null, null, 0, false, "RECOMMENDED", repeat, VerifiedProgress.NONE,
                null, 0, null, null, squareMetres);
    }
}
