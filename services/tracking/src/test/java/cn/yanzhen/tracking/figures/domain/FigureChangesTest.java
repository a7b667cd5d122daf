package cn.yanzhen.tracking.figures.domain;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yanzhen.contracts.reference.IndustryCatalogue;
import cn.yanzhen.contracts.reference.RegionDirectory;
import cn.yanzhen.contracts.tracking.ProjectProgressed.ProjectStatus;
import org.junit.jupiter.api.Test;

class FigureChangesTest {

    private final FigureChanges changes = new FigureChanges(new Scopes(RegionDirectory.load(), IndustryCatalogue.load()));

    @Test
    void manyProjectsChangeEachScopeOnceWithTheirSum() {
        changes.add(new Place("E1", "450100", "3825"), null, signed(100));
        changes.add(new Place("E1", "450200", "3825"), null, signed(50));
        changes.add(new Place("E2", "450100", "1810"), null, signed(7));

        assertThat(changes.changed().get("all").signedCount()).isEqualTo(3);
        assertThat(changes.changed().get("all").signedYuan()).isEqualTo(157);
        assertThat(changes.changed().get("event:E1").signedYuan()).isEqualTo(150);
        assertThat(changes.changed().get("region:450000").signedCount()).isEqualTo(3);
        assertThat(changes.changed().get("region:450100").signedYuan()).isEqualTo(107);
        assertThat(changes.changed().get("industry:38").signedCount()).isEqualTo(2);
        assertThat(changes.changed().firstKey()).isEqualTo("all");
    }

    @Test
    void projectCountsReachTheDashboardsBreakdownsAndNothingElseDoes() {
        ProjectState repeat = new ProjectState(ProjectStatus.SIGNED, 30, null, null, 0, true, "RISKY", true);
        // Korla (652801) lies in Bayingolin (652800), Xinjiang, in the west; division 38 is technology-intensive
        changes.add(new Place("E1", "652801", "3825"), null, signed(100));
        changes.add(new Place("E1", "652801", "3825"), null, repeat);
        changes.add(new Place("E2", "652800", "1810"), null, signed(7));
        changes.contribute(new Place("E1", "652801", "3825"), FigureContribution.of("widgets", "blue", 1));

        Contribution prefecture = changes.changed().get("event-prefecture:E1:652800");
        assertThat(prefecture.signedCount()).isEqualTo(2);
        assertThat(prefecture.signedYuan()).isEqualTo(130);
        assertThat(prefecture.overdue()).isEqualTo(1);
        assertThat(prefecture.risky()).isEqualTo(1);
        assertThat(changes.changed().get("event-industry:E1:38").signedYuan()).isEqualTo(130);
        assertThat(changes.changed().get("event-industry:E2:18").signedYuan()).isEqualTo(7);
        // beyond its event a repeat counts as a repeat only
        Contribution zoneFactor = changes.changed().get("zone-factor:WEST:TECHNOLOGY");
        assertThat(zoneFactor.signedYuan()).isEqualTo(100);
        assertThat(zoneFactor.repeatsYuan()).isEqualTo(30);
        assertThat(changes.changesOf("widgets").keySet()).noneMatch(scope -> scope.contains("-"));
    }

    @Test
    void aRegisteredSigningSendsItsIndustryGroupToItsRegionsForGood() {
        ProjectState signed = signed(100);
        changes.add(new Place("E1", "652801", "3825"), null, signed);
        changes.add(new Place("E1", "652801", "3825"), signed,
                new ProjectState(ProjectStatus.WITHDRAWN, 100, null, null, 0, false, null, false));

        assertThat(changes.countsOf(IndustryGroups.KIND, String.class)).containsOnlyKeys("region:650000",
                "region:652800", "region:652801");
        assertThat(changes.countsOf(IndustryGroups.KIND, String.class).get("region:652800")).containsEntry("382", 1L);
    }

    @Test
    void changesThatCancelOutLeaveTheScopeAlone() {
        ProjectState signed = signed(100);
        ProjectState withdrawn = new ProjectState(ProjectStatus.WITHDRAWN, 100, null, null, 0, false, null, false);
        changes.add(new Place("E1", "450100", "3825"), null, signed);
        changes.add(new Place("E1", "450100", "3825"), signed, withdrawn);
        changes.add(new Place("E1", "450100", "3825"), withdrawn, withdrawn);

        assertThat(changes.changed().get("all").signedCount()).isZero();
        assertThat(changes.changed().get("all").withdrawnYuan()).isEqualTo(100);
        assertThat(new FigureChanges(new Scopes(RegionDirectory.load(), IndustryCatalogue.load())).changed()).isEmpty();
    }

    @Test
    void aSlicesContributionReachesEveryScopeOfItsProjectSummedPerKey() {
        changes.contribute(new Place("E1", "450500", "3825"), FigureContribution.of("widgets", "blue", 2, 10));
        changes.contribute(new Place("E1", "450500", "3825"), FigureContribution.of("widgets", "blue", 1, 5));
        changes.contribute(new Place("E2", "450100", "1810"), FigureContribution.of("widgets", "red", 1, 1));

        // Beihai (450500) in Guangxi (450000); Nanning (450100) too
        assertThat(changes.changesOf("widgets").keySet()).containsExactly("all", "event:E1", "event:E2",
                "industry:18", "industry:38", "region:450000", "region:450100", "region:450500");
        assertThat(changes.changesOf("widgets").get("region:450500").get("blue")).containsExactly(3, 15);
        assertThat(changes.changesOf("widgets").get("region:450000")).containsOnlyKeys("blue", "red");
        assertThat(changes.kinds()).containsExactly("widgets");
        // a scope whose only change is of another kind is written (and published) with zero project counts
        assertThat(changes.changed().get("region:450500").isZero()).isTrue();
    }

    @Test
    void contributionsThatCancelOutLeaveNoChange() {
        changes.contribute(new Place("E1", "450500", "3825"), FigureContribution.of("widgets", "blue", 1));
        changes.contribute(new Place("E1", "450500", "3825"), FigureContribution.of("widgets", "blue", -1));

        assertThat(changes.changesOf("widgets")).isEmpty();
        assertThat(changes.kinds()).isEmpty();
        assertThat(changes.changed()).isEmpty();
    }

    private static ProjectState signed(long yuan) {
        return new ProjectState(ProjectStatus.SIGNED, yuan, null, null, 0, false, null, false);
    }
}
