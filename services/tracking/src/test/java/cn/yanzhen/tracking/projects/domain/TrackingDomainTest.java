package cn.yanzhen.tracking.projects.domain;

import cn.yanzhen.tracking.figures.domain.Place;
import static org.assertj.core.api.Assertions.assertThat;

import cn.yanzhen.contracts.reference.IndustryCatalogue;
import cn.yanzhen.contracts.reference.RegionDirectory;
import cn.yanzhen.contracts.tracking.ProjectProgressed.ProjectStatus;
import cn.yanzhen.contracts.tracking.ProjectProgressed.ReportType;
import cn.yanzhen.platform.validation.Violations;
import cn.yanzhen.tracking.figures.domain.Contribution;
import cn.yanzhen.tracking.figures.domain.ProjectState;
import cn.yanzhen.tracking.figures.domain.Rates;
import cn.yanzhen.tracking.figures.domain.Scopes;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrackingDomainTest {

    private static final LocalDate SIGNED = LocalDate.of(2025, 7, 20);
    private static final LocalDate TODAY = LocalDate.of(2026, 1, 1);
    private static final Progress NEW = new Progress(ProjectStatus.SIGNED, SIGNED, 1_000, null, null, 0, null);

    @Test
    void aWithdrawnSigningLeavesSignedAndCountsAsWithdrawnOnly() {
        ProjectState signed = new ProjectState(ProjectStatus.SIGNED, 1_000, null, null, 0, false, "RISKY", false);
        ProjectState withdrawn = new ProjectState(ProjectStatus.WITHDRAWN, 1_000, null, null, 0, false, "RISKY", false);
        Contribution change = Contribution.change(signed, withdrawn);
        assertThat(change.signedCount()).isEqualTo(-1);
        assertThat(change.signedYuan()).isEqualTo(-1_000);
        assertThat(change.withdrawnCount()).isEqualTo(1);
        assertThat(change.risky()).isEqualTo(-1);
    }

    @Test
    void aCancelledProjectStaysSignedAndCountsAsCancelledToo() {
        Contribution cancelled = Contribution.of(new ProjectState(ProjectStatus.CANCELLED, 1_000, SIGNED, null, 300,
                false, null, false));
        assertThat(cancelled.signedCount()).isEqualTo(1);
        assertThat(cancelled.cancelledYuan()).isEqualTo(1_000);
        assertThat(cancelled.commencedYuan()).isEqualTo(1_000);
        assertThat(cancelled.completedYuan()).isEqualTo(300);
    }

    @Test
    void inProductionCountsAsCommencedWithTheSignedInvestment() {
        Contribution producing = Contribution.of(new ProjectState(ProjectStatus.IN_PRODUCTION, 1_000, SIGNED,
                SIGNED.plusDays(90), 200, false, "RECOMMENDED", false));
        assertThat(producing.commencedCount()).isEqualTo(1);
        assertThat(producing.commencedYuan()).isEqualTo(1_000);
        assertThat(producing.inProductionCount()).isEqualTo(1);
        assertThat(producing.recommended()).isEqualTo(1);
        assertThat(Contribution.change(null, null).isZero()).isTrue();
    }

    @Test
    void ratesAreRoundedHalfUpToFourDecimals() {
        assertThat(Rates.share(139, 160)).isEqualTo(0.8688);
        assertThat(Rates.share(37_360_000_000L, 457_300_000_000L)).isEqualTo(0.0817);
        assertThat(Rates.share(1, 0)).isZero();
    }

    @Test
    void aProjectCountsInAllItsEventItsRegionsUpToTheProvinceAndItsDivision() {
        assertThat(new Scopes(RegionDirectory.load(), IndustryCatalogue.load()).of(new Place("2025-XJ", "652801", "1713"))).containsExactly(
                "all", "event:2025-XJ", "region:652801", "region:652800", "region:650000", "industry:17");
    }

    @Test
    void datesMustLieBetweenTheSigningAndToday() {
        assertThat(check(report(ReportType.COMMENCED, SIGNED, null, null, false, null)).all()).isEmpty();
        assertThat(check(report(ReportType.COMMENCED, TODAY, null, null, false, null)).all()).isEmpty();
        assertThat(check(report(ReportType.COMMENCED, SIGNED.minusDays(1), null, null, false, null)).has("on")).isTrue();
        assertThat(check(report(ReportType.COMMENCED, TODAY.plusDays(1), null, null, false, null)).has("on")).isTrue();
        assertThat(check(report(ReportType.INVESTMENT, null, 5L, TODAY.plusDays(1), false, null)).has("asOf")).isTrue();
    }

    @Test
    void investmentNeverDecreasesUnlessCorrectedWithAReason() {
        Progress invested = new Progress(ProjectStatus.COMMENCED, SIGNED, 1_000, SIGNED, null, 500, SIGNED);
        assertThat(check(invested, report(ReportType.INVESTMENT, null, 500L, TODAY, false, null)).all()).isEmpty();
        assertThat(check(invested, report(ReportType.INVESTMENT, null, 499L, TODAY, false, null)).has("cumulativeYuan"))
                .isTrue();
        assertThat(check(invested, report(ReportType.INVESTMENT, null, 400L, TODAY, true, null)).has("reason")).isTrue();
        assertThat(check(invested, report(ReportType.INVESTMENT, null, 400L, TODAY, true, "统计口径调整")).all()).isEmpty();
    }

    @Test
    void theProjectsStateRefusesReportsThatDoNotFollow() {
        Report production = report(ReportType.IN_PRODUCTION, TODAY, null, null, false, null);
        assertThat(ProgressRules.conflict(production, NEW)).isPresent();
        Progress commenced = NEW.after(report(ReportType.COMMENCED, SIGNED.plusDays(30), null, null, false, null));
        assertThat(ProgressRules.conflict(production, commenced)).isEmpty();
        assertThat(ProgressRules.conflict(report(ReportType.COMMENCED, TODAY, null, null, false, null), commenced))
                .isPresent();
        Progress withdrawn = new Progress(ProjectStatus.WITHDRAWN, SIGNED, 1_000, null, null, 0, null);
        assertThat(ProgressRules.conflict(report(ReportType.INVESTMENT, null, 1L, TODAY, false, null), withdrawn))
                .get().asString().contains("withdrawn");
        Progress cancelled = NEW.after(report(ReportType.CANCELLED, null, null, null, false, "资金未到位"));
        assertThat(ProgressRules.conflict(report(ReportType.COMMENCED, TODAY, null, null, false, null), cancelled))
                .get().asString().contains("cancelled");
    }

    @Test
    void designCapacityIsReachedOnceInProductionNotBeforeItAndAgainOnlyAfterARejection() {
        Report reached = report(ReportType.REACHED_DESIGN_CAPACITY, SIGNED.plusDays(150), null, null, false, null);
        Progress commenced = NEW.after(report(ReportType.COMMENCED, SIGNED.plusDays(30), null, null, false, null));
        assertThat(ProgressRules.conflict(reached, commenced)).get().asString().contains("IN_PRODUCTION");
        Progress producing = commenced.after(report(ReportType.IN_PRODUCTION, SIGNED.plusDays(120), null, null, false,
                null));
        assertThat(ProgressRules.conflict(reached, producing)).isEmpty();
        assertThat(check(producing, reached).all()).isEmpty();
        assertThat(check(producing, report(ReportType.REACHED_DESIGN_CAPACITY, SIGNED.plusDays(119), null, null,
                false, null)).has("on")).isTrue();
        assertThat(check(producing, report(ReportType.REACHED_DESIGN_CAPACITY, null, null, null, false, null))
                .has("on")).isTrue();

        Progress atCapacity = producing.after(reached);
        assertThat(atCapacity.status()).isEqualTo(ProjectStatus.IN_PRODUCTION);
        assertThat(atCapacity.reachedCapacityOn()).isEqualTo(SIGNED.plusDays(150));
        assertThat(ProgressRules.conflict(reached, atCapacity)).get().asString().contains("already");
        Progress invested = atCapacity.after(report(ReportType.INVESTMENT, null, 900L, TODAY, false, null));
        assertThat(invested.reachedCapacityOn()).isEqualTo(SIGNED.plusDays(150));
        Progress rejected = atCapacity.rejected(ReportType.REACHED_DESIGN_CAPACITY);
        assertThat(ProgressRules.conflict(reached, rejected)).isEmpty();
        assertThat(rejected.after(report(ReportType.REACHED_DESIGN_CAPACITY, TODAY, null, null, false, null)))
                .extracting(Progress::reachedCapacityOn, Progress::capacityRejected).containsExactly(TODAY, false);
        assertThat(Report.verifiable(ReportType.REACHED_DESIGN_CAPACITY)).isTrue();
    }

    @Test
    void noChangeNeedsADateAndANoteAndChangesNothing() {
        Report unchanged = new Report("R", ReportType.NO_CHANGE, TODAY, null, null, false, null, "厂房施工中，无新增投资", List.of());
        assertThat(check(unchanged).all()).isEmpty();
        assertThat(NEW.after(unchanged)).isEqualTo(NEW);
        Violations bad = check(new Report("R", ReportType.NO_CHANGE, TODAY.plusDays(1), null, null, false, null, null, List.of()));
        assertThat(bad.has("on")).isTrue();
        assertThat(bad.has("note")).isTrue();
        Progress cancelled = NEW.after(report(ReportType.CANCELLED, null, null, null, false, "资金未到位"));
        assertThat(ProgressRules.conflict(unchanged, cancelled)).isPresent();
    }

    @Test
    void investmentAboveTheSignedAmountIsNoticedTheFirstTimeOnly() {
        Report above = report(ReportType.INVESTMENT, null, 1_001L, TODAY, false, null);
        assertThat(NEW.exceedsSignedAfter(above)).isTrue();
        assertThat(NEW.after(above).exceedsSignedAfter(report(ReportType.INVESTMENT, null, 1_500L, TODAY, false, null)))
                .isFalse();
        assertThat(NEW.exceedsSignedAfter(report(ReportType.INVESTMENT, null, 1_000L, TODAY, false, null))).isFalse();
    }

    @Test
    void overdueFromTheDayAfterThePlannedOrA180DayDeadline() {
        LocalDate due = Deadlines.commencementDue(SIGNED, null);
        assertThat(due).isEqualTo(SIGNED.plusDays(180));
        assertThat(Deadlines.overdue(NEW, due, due)).isFalse();
        assertThat(Deadlines.overdue(NEW, due, due.plusDays(1))).isTrue();
        assertThat(Deadlines.commencementDue(SIGNED, SIGNED.plusDays(10))).isEqualTo(SIGNED.plusDays(10));
        Progress commenced = NEW.after(report(ReportType.COMMENCED, SIGNED, null, null, false, null));
        assertThat(Deadlines.overdue(commenced, due, due.plusDays(1))).isFalse();
    }

    @Test
    void stalledAfter180DaysWithoutGrowth() {
        Progress commenced = NEW.after(report(ReportType.COMMENCED, SIGNED, null, null, false, null));
        assertThat(Deadlines.stalled(commenced, SIGNED.plusDays(179))).isFalse();
        assertThat(Deadlines.stalled(commenced, SIGNED.plusDays(180))).isTrue();
        Progress grown = commenced.after(report(ReportType.INVESTMENT, null, 10L, SIGNED.plusDays(100), false, null));
        assertThat(Deadlines.stalled(grown, SIGNED.plusDays(279))).isFalse();
        assertThat(Deadlines.stalled(NEW, SIGNED.plusDays(999))).isFalse();
    }

    private static Report report(ReportType type, LocalDate on, Long cumulative, LocalDate asOf, boolean correction,
                                 String reason) {
        return new Report("R", type, on, cumulative, asOf, correction, reason);
    }

    private static Violations check(Report report) {
        return check(NEW, report);
    }

    private static Violations check(Progress project, Report report) {
        Violations violations = new Violations();
        ProgressRules.check(report, project, TODAY, violations);
        return violations;
    }
}
