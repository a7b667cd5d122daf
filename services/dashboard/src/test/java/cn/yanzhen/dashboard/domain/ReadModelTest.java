package cn.yanzhen.dashboard.domain;

import static cn.yanzhen.dashboard.StatsRecords.overdueProject;
import static cn.yanzhen.dashboard.StatsRecords.scope;
import static org.assertj.core.api.Assertions.assertThat;

import cn.yanzhen.contracts.alert.Alert;
import cn.yanzhen.contracts.reference.IndustryCatalogue;
import cn.yanzhen.contracts.reference.RegionDirectory;
import cn.yanzhen.contracts.tracking.Stats;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReadModelTest {

    private final ReadModel model = new ReadModel();
    private final DashboardTables tables = new DashboardTables(model, RegionDirectory.load(), IndustryCatalogue.load());

    @Test
    void theFeedSaysEachAlertInChineseNamingTheProjectAsItsEventListsIt() {
        Stats.OverdueProject project = overdueProject("柳州汽车零部件项目", "450200", 1_000_000_000L);
        model.stats(scope("event:GX").signed(1, 1_000_000_000L).overdue(project).build());
        model.alert(alert(Alert.AlertCode.OVERDUE_COMMENCEMENT, project.signingId().toString()));

        List<Object> row = tables.table("alerts", null, null).orElseThrow().rows().get(0);
        assertThat(row.subList(2, 5)).containsExactly("逾期未开工", "柳州汽车零部件项目",
                "柳州汽车零部件项目逾期未开工（not commenced）");
    }

    @Test
    void anAlertThatNamesItsProjectIsShownByThatName() {
        UUID signingId = UUID.randomUUID();
        model.alert(new FeedAlert(UUID.randomUUID().toString(), new Alert(Alert.AlertCode.INVESTMENT_EXCEEDS_SIGNED,
                Alert.Severity.INFO, signingId.toString(), "reported more", Instant.now(), "南宁电子信息产业园项目")));
        model.alert(alert(Alert.AlertCode.MISSED_REPORT, signingId.toString()));

        assertThat(tables.table("alerts", null, null).orElseThrow().rows()).extracting(row -> row.get(3))
                .containsExactly(signingId.toString(), "南宁电子信息产业园项目");
    }

    @Test
    void anEventIsBrokenDownByPrefectureAndIndustryAsTrackingPublishesIt() {
        model.stats(scope("event-prefecture:GX:450200").signed(2, 1_300_000_000L).commenced(1, 1_000_000_000L, 0.5)
                .completed(250_000_000L).build());
        model.stats(scope("event-prefecture:GX:451000").signed(1, 500_000_000L).overdueCount(1).build());
        // every signing of it withdrawn: tracking keeps the scope, the table shows no row
        model.stats(scope("event-prefecture:GX:450100").build());
        // another event whose code GX begins
        model.stats(scope("event-prefecture:GX2:450300").signed(9, 9).build());
        model.stats(scope("event-industry:GX:36").signed(2, 1_300_000_000L).build());
        model.stats(scope("event-industry:GX:32").signed(1, 500_000_000L).build());
        model.stats(scope("event:GX").signed(3, 1_800_000_000L)
                .overdue(overdueProject("百色铝业项目", "451000", 500_000_000L)).build());

        Table prefectures = tables.table("event-prefectures", "GX", null).orElseThrow();
        assertThat(prefectures.rows()).containsExactly(
                List.of("450200", "柳州市", 2L, 1_300_000_000L, 1L, 0.5, 0L, 250_000_000L, 0L),
                List.of("451000", "百色市", 1L, 500_000_000L, 0L, 0.0, 0L, 0L, 1L));
        Table industries = tables.table("event-industries", "GX", null).orElseThrow();
        assertThat(industries.rows()).extracting(row -> row.subList(0, 4)).containsExactly(
                List.of("32", "有色金属冶炼和压延加工业", "资源密集型", 1L),
                List.of("36", "汽车制造业", "资本密集型", 2L));
        assertThat(tables.table("event-overdue", "GX", null).orElseThrow().rows()).containsExactly(
                List.of("百色铝业项目", "佛山市宏达有限公司", "百色市", 500_000_000L, "2025-07-20", "2026-01-20"));
        assertThat(model.allStats()).containsOnlyKeys("event:GX");
    }

    @Test
    void zonesShowSignedInvestmentPerFactorClassWhereSomeProjectCounts() {
        model.stats(scope("zone-factor:WEST:CAPITAL").signed(1, 1_000_000_000L).build());
        model.stats(scope("zone-factor:WEST:RESOURCE").signed(2, 500_000_000L).build());
        // only a repeat signing went east: beyond its event it counts as a repeat, not as signed
        model.stats(scope("zone-factor:EAST:LABOUR").build());

        assertThat(tables.zones().rows()).containsExactly(List.of("西部", 0L, 500_000_000L, 1_000_000_000L, 0L));
    }

    @Test
    void competitionAlertsTouchTheRegionsThatReceivedTheirGroup() {
        model.stats(scope("region:450000").signed(1, 1).industryGroups("367").build());
        model.alert(alert(Alert.AlertCode.HOMOGENEOUS_COMPETITION, "WEST:367"));
        model.alert(alert(Alert.AlertCode.HOMOGENEOUS_COMPETITION, "WEST:181"));
        model.alert(alert(Alert.AlertCode.HOMOGENEOUS_COMPETITION, "EAST:367"));

        assertThat(tables.table("region-alerts", null, "450000").orElseThrow().rows())
                .extracting(row -> row.get(3)).containsExactly("西部 · 行业中类 367");
    }

    @Test
    void aLongHistoryOfRecordsKeepsOneEntryPerScopeAndTheNewestAlerts() {
        for (int i = 1; i <= 20_000; i++) {
            model.stats(scope("event-prefecture:GX:450200").signed(i, i).build());
            model.alert(alert(Alert.AlertCode.INVESTMENT_STALLED, UUID.randomUUID().toString()));
        }

        assertThat(model.breakdowns("event-prefecture:GX:")).hasSize(1)
                .hasEntrySatisfying("450200", figures -> assertThat(figures.signedCount()).isEqualTo(20_000));
        assertThat(model.alerts()).hasSize(ReadModel.ALERTS_KEPT);
    }

    @Test
    void aRedeliveredAlertIsShownOnce() {
        FeedAlert alert = alert(Alert.AlertCode.OVERDUE_COMMENCEMENT, UUID.randomUUID().toString());
        model.alert(alert);
        model.alert(alert);
        assertThat(model.alerts()).hasSize(1);
    }

    private static FeedAlert alert(Alert.AlertCode code, String subject) {
        return new FeedAlert(UUID.randomUUID().toString(), new Alert(code, Alert.Severity.WARNING, subject,
                "not commenced", Instant.now()));
    }
}
