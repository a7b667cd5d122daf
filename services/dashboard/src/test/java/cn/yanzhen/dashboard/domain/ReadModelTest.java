package cn.yanzhen.dashboard.domain;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yanzhen.contracts.alert.Alert;
import cn.yanzhen.contracts.matching.SigningMatched;
import cn.yanzhen.contracts.reference.IndustryCatalogue;
import cn.yanzhen.contracts.reference.RegionDirectory;
import cn.yanzhen.contracts.signing.Investor;
import cn.yanzhen.contracts.signing.RepeatLinkChanged;
import cn.yanzhen.contracts.signing.Signing;
import cn.yanzhen.contracts.signing.SigningStatus;
import cn.yanzhen.contracts.tracking.ProjectProgressed;
import cn.yanzhen.contracts.tracking.ProjectProgressed.ProjectStatus;
import cn.yanzhen.contracts.tracking.ProjectProgressed.ReportType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReadModelTest {

    private static final LocalDate SIGNED = LocalDate.of(2025, 7, 20);

    private final ReadModel model = new ReadModel();
    private final DashboardTables tables = new DashboardTables(model, RegionDirectory.load(), IndustryCatalogue.load());

    @Test
    void recordsOfASigningThatArriveBeforeItWaitForIt() {
        Signing signing = signing("450200", "3670", 1_000_000_000L);
        model.progressed(report(signing.id(), ReportType.COMMENCED, ProjectStatus.COMMENCED, 0));
        model.matched(match(signing.id(), SigningMatched.Verdict.RISKY));
        model.alert(overdue(signing.id()));
        model.registered(signing);

        ProjectFacts project = model.project(signing.id()).orElseThrow();
        assertThat(project.commenced()).isTrue();
        assertThat(project.verdict()).isEqualTo("RISKY");
        assertThat(project.overdue()).as("an overdue project that has commenced is overdue no more").isFalse();
    }

    @Test
    void theFeedSaysEachAlertInChinese() {
        Signing signing = signing("450200", "3670", 1_000_000_000L);
        model.registered(signing);
        model.alert(overdue(signing.id()));

        List<Object> row = tables.table("alerts", null, null).orElseThrow().rows().get(0);
        assertThat(row.subList(2, 5)).containsExactly("逾期未开工", signing.projectName(),
                signing.projectName() + "逾期未开工（not commenced）");
    }

    @Test
    void anEventIsBrokenDownByPrefectureAndIndustryCountingAsTrackingCounts() {
        Signing liuzhou = signing("450200", "3670", 1_000_000_000L);
        Signing liuzhouCounty = signing("450200", "3611", 300_000_000L);
        Signing baise = signing("451000", "3216", 500_000_000L);
        Signing withdrawn = signing("451000", "3216", 700_000_000L);
        List.of(liuzhou, liuzhouCounty, baise, withdrawn).forEach(model::registered);
        model.withdrawn(withdrawn);
        model.progressed(report(liuzhou.id(), ReportType.COMMENCED, ProjectStatus.COMMENCED, 0));
        model.progressed(report(liuzhou.id(), ReportType.INVESTMENT, ProjectStatus.COMMENCED, 250_000_000L));
        model.progressed(report(liuzhou.id(), ReportType.CANCELLED, ProjectStatus.CANCELLED, 250_000_000L));
        model.alert(overdue(baise.id()));

        Table prefectures = tables.table("event-prefectures", "GX", null).orElseThrow();
        assertThat(prefectures.rows()).containsExactly(
                List.of("450200", "柳州市", 2L, 1_300_000_000L, 1L, 0.5, 0L, 250_000_000L, 0L),
                List.of("451000", "百色市", 1L, 500_000_000L, 0L, 0.0, 0L, 0L, 1L));
        Table industries = tables.table("event-industries", "GX", null).orElseThrow();
        assertThat(industries.rows()).extracting(row -> row.get(0)).containsExactly("32", "36");
        assertThat(tables.table("event-overdue", "GX", null).orElseThrow().rows()).hasSize(1);
        assertThat(tables.zones().rows()).containsExactly(
                List.of("西部", 0L, 500_000_000L, 1_300_000_000L, 0L));
    }

    @Test
    void aRepeatSigningFollowsItsEarliestSigningInItsEventAndCountsOnceAcrossEvents() {
        Signing earliest = signing("450200", "3670", 1_000_000_000L);
        Signing repeat = withRepeatOf(signing("450200", "3670", 1_100_000_000L), earliest.id());
        model.registered(earliest);
        model.registered(repeat);
        model.progressed(report(earliest.id(), ReportType.COMMENCED, ProjectStatus.COMMENCED, 0));
        model.progressed(report(earliest.id(), ReportType.INVESTMENT, ProjectStatus.COMMENCED, 400_000_000L));

        ProjectFacts following = model.project(repeat.id()).orElseThrow();
        assertThat(following.commenced()).isTrue();
        assertThat(following.cumulativeYuan()).isEqualTo(400_000_000L);
        assertThat(following.investmentYuan()).isEqualTo(1_100_000_000L);
        assertThat(tables.zones().rows()).as("one project in the west, through its earliest signing")
                .containsExactly(List.of("西部", 0L, 0L, 1_000_000_000L, 0L));

        model.repeatChanged(new RepeatLinkChanged(repeat.id(), "GX", repeat.repeatOf(), null, "不是同一项目",
                Instant.now()));
        assertThat(model.project(repeat.id()).orElseThrow().commenced()).isFalse();
        assertThat(tables.zones().rows()).containsExactly(List.of("西部", 0L, 0L, 2_100_000_000L, 0L));
    }

    @Test
    void aRedeliveredAlertIsShownOnce() {
        FeedAlert alert = overdue(UUID.randomUUID());
        model.alert(alert);
        model.alert(alert);
        assertThat(model.alerts()).hasSize(1);
    }

    private static Signing signing(String destination, String industry, long yuan) {
        return new Signing(UUID.randomUUID(), "GX", "REF-" + UUID.randomUUID(), "项目" + industry,
                new Investor("投资方", "91350100M000100Y43", "440600"), destination, null, industry, yuan, SIGNED,
                null, null, null, SIGNED.plusMonths(3), SigningStatus.REGISTERED, Instant.now(), null, null);
    }

    private static Signing withRepeatOf(Signing s, UUID earliest) {
        return new Signing(s.id(), s.eventCode(), s.externalRef(), s.projectName(), s.investor(), s.destinationRegion(),
                s.park(), s.industryCode(), s.investmentYuan(), s.signedOn(), s.expectedJobs(), s.landHa(),
                s.energyGwhPerYear(), s.plannedCommencement(), s.status(), s.registeredAt(), s.withdrawal(),
                new Signing.RepeatOf(earliest, List.of("investor.creditCode"), Signing.LinkStatus.SUSPECTED));
    }

    private static ProjectProgressed report(UUID signingId, ReportType type, ProjectStatus after, long cumulative) {
        return new ProjectProgressed(signingId, UUID.randomUUID().toString(), type, SIGNED.plusDays(30),
                type == ReportType.INVESTMENT ? cumulative : null, null, false,
                type == ReportType.CANCELLED ? "投资方退出" : null, null, after, cumulative, Instant.now(), List.of(),
                null);
    }

    private static SigningMatched match(UUID signingId, SigningMatched.Verdict verdict) {
        return new SigningMatched(signingId, "GX", "450200", "3670", "CAPITAL", 50, verdict, List.of(), List.of(),
                new SigningMatched.CapacityRequest(0, 0, 0), Instant.now());
    }

    private static FeedAlert overdue(UUID signingId) {
        return new FeedAlert(UUID.randomUUID().toString(), new Alert(Alert.AlertCode.OVERDUE_COMMENCEMENT,
                Alert.Severity.WARNING, signingId.toString(), "not commenced", Instant.now()));
    }
}
