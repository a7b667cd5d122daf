package cn.yanzhen.tracking.figures.domain;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yanzhen.contracts.reference.IndustryCatalogue;
import cn.yanzhen.contracts.reference.RegionDirectory;
import cn.yanzhen.contracts.tracking.ProjectProgressed.ProjectStatus;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The sending side (docs/contract.md §4.5.5): where a project counts by its investor's origin. */
class SendingScopesTest {

    private static final LocalDate SIGNED = LocalDate.of(2025, 7, 20);
    private static final RegionDirectory REGIONS = RegionDirectory.load();

    private final SendingScopes sending = new SendingScopes(REGIONS);
    private final FigureChanges changes = new FigureChanges(new Scopes(REGIONS, IndustryCatalogue.load()));

    @Test
    void anOriginCountsInItsProvinceAndPrefectureAndFlowsToTheDestinationsProvinceAndZone() {
        // Korla (652801, a county of Bayingolin, Xinjiang, west) from Shenzhen (440300, Guangdong, east)
        assertThat(sending.of("440300", "652801")).containsExactly("origin:440300", "origin:440000",
                "flow:440000:650000", "zone-flow:EAST:WEST");
        // a county origin counts in its prefecture and province, not as itself
        assertThat(sending.of("652801", "440300")).containsExactly("origin:652800", "origin:650000",
                "flow:650000:440000", "zone-flow:WEST:EAST");
        // within one province the flow is the province's own
        assertThat(sending.of("450000", "450500")).containsExactly("origin:450000", "flow:450000:450000",
                "zone-flow:WEST:WEST");
    }

    @Test
    void noOriginOrAnUnknownOneCountsNowhere() {
        assertThat(sending.of(null, "450500")).isEmpty();
        assertThat(sending.of("999999", "450500")).isEmpty();
        assertThat(sending.of("440300", "999999")).containsExactly("origin:440300", "origin:440000");
    }

    @Test
    void aFlowCountsAProjectAsAllDoesAndMovesWithIt() {
        ProjectState signed = state(ProjectStatus.SIGNED, null, false, "440300");
        ProjectState commenced = state(ProjectStatus.COMMENCED, SIGNED.plusDays(30), false, "440300");
        changes.add(new Place("E1", "450500", "3825"), null, signed);
        changes.add(new Place("E1", "450500", "3825"), signed, commenced);
        // a repeat counts in its event, and beyond it as a repeat only
        changes.add(new Place("E2", "450500", "3825"), null, state(ProjectStatus.SIGNED, null, true, "440300"));

        Contribution flow = changes.changed().get("flow:440000:450000");
        assertThat(flow).isEqualTo(changes.changed().get("zone-flow:EAST:WEST"))
                .isEqualTo(changes.changed().get("origin:440300")).isEqualTo(changes.changed().get("all"));
        assertThat(flow.signedCount()).isEqualTo(1);
        assertThat(flow.signedYuan()).isEqualTo(100);
        assertThat(flow.commencedYuan()).isEqualTo(100);
        assertThat(flow.repeatsCount()).isEqualTo(1);
        assertThat(changes.countsOf(EnergyUse.KIND, EnergyUse.class).get("flow:440000:450000"))
                .isEqualTo(Map.of(new EnergyUse("450500", "440300"), 5_000L));
        assertThat(changes.countsOf(CycleMark.KIND, CycleMark.class).get("zone-flow:EAST:WEST"))
                .isEqualTo(changes.countsOf(CycleMark.KIND, CycleMark.class).get("all"));
    }

    @Test
    void aWithdrawalLeavesTheFlowAsItLeavesAll() {
        ProjectState signed = state(ProjectStatus.SIGNED, null, false, "130000");
        changes.add(new Place("E1", "530100", "3825"), null, signed);
        changes.add(new Place("E1", "530100", "3825"), signed, state(ProjectStatus.WITHDRAWN, null, false, "130000"));

        Contribution flow = changes.changed().get("flow:130000:530000");
        assertThat(flow.signedCount()).isZero();
        assertThat(flow.withdrawnCount()).isEqualTo(1);
        assertThat(flow.withdrawnYuan()).isEqualTo(100);
    }

    private static ProjectState state(ProjectStatus status, LocalDate commencedOn, boolean repeat, String origin) {
        return new ProjectState(status, 100, commencedOn, null, 0, false, null, repeat, VerifiedProgress.NONE, SIGNED,
                5_000, origin);
    }
}
