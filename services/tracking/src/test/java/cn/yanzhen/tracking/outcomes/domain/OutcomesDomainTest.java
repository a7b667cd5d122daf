package cn.yanzhen.tracking.outcomes.domain;

import cn.yanzhen.tracking.figures.domain.Place;
import static org.assertj.core.api.Assertions.assertThat;

import cn.yanzhen.contracts.reference.IndustryCatalogue;
import cn.yanzhen.contracts.reference.RegionDirectory;
import cn.yanzhen.contracts.tracking.ProjectProgressed.ProjectStatus;
import cn.yanzhen.contracts.tracking.ProjectProgressed.ReportType;
import cn.yanzhen.platform.validation.Violations;
import cn.yanzhen.tracking.figures.domain.FigureChanges;
import cn.yanzhen.tracking.figures.domain.Scopes;
import cn.yanzhen.tracking.projects.domain.Outcome;
import cn.yanzhen.tracking.projects.domain.OutcomeRules;
import cn.yanzhen.tracking.projects.domain.Period;
import cn.yanzhen.tracking.projects.domain.Progress;
import cn.yanzhen.tracking.projects.domain.ProgressRules;
import cn.yanzhen.tracking.projects.domain.Report;
import cn.yanzhen.tracking.projects.domain.ReportedOutcome;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Outcomes after production (docs/contract.md §4.4.2, §4.5.3): periods, rules, changes and JOBS_SHORTFALL. */
class OutcomesDomainTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    private static final Progress PRODUCING = new Progress(ProjectStatus.IN_PRODUCTION, LocalDate.of(2024, 3, 1),
            1_000, LocalDate.of(2024, 6, 1), LocalDate.of(2025, 2, 10), 800, LocalDate.of(2024, 6, 1));
    private static final JobsShortfall HALF = new JobsShortfall(new BigDecimal("0.5"));

    @Test
    void periodsAreYearsOrQuartersWrittenOneWay() {
        assertThat(Period.parse("2025")).contains(new Period(2025, 0));
        assertThat(Period.parse("2025-Q3")).contains(new Period(2025, 3));
        assertThat(Period.parse("2025-Q3").orElseThrow().start()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(Period.parse("2025-Q3").orElseThrow().end()).isEqualTo(LocalDate.of(2025, 9, 30));
        assertThat(Period.parse("2024").orElseThrow().end()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(Stream.of("2025-Q5", "2025Q3", "25", "2025-q3", "2025-Q", "0999", " 2025", "2025-H1", "")
                .map(Period::parse)).allMatch(Optional::isEmpty);
        assertThat(Period.parse(null)).isEmpty();
        assertThat(new Period(2025, 0)).hasToString("2025");
        assertThat(new Period(2025, 3)).hasToString("2025-Q3");
    }

    @Test
    void consecutiveMeansTheNextPeriodOfTheSameKind() {
        assertThat(new Period(2025, 4).next()).isEqualTo(new Period(2026, 1));
        assertThat(new Period(2026, 1).previous()).isEqualTo(new Period(2025, 4));
        assertThat(new Period(2025, 2).next()).isEqualTo(new Period(2025, 3));
        assertThat(new Period(2025, 0).next()).isEqualTo(new Period(2026, 0));
        assertThat(new Period(2025, 0).previous()).isEqualTo(new Period(2024, 0));
    }

    @Test
    void mostRecentFirstPutsAYearBeforeItsOwnQuarters() {
        List<Period> periods = new ArrayList<>(Stream.of("2025-Q1", "2024", "2026-Q1", "2025", "2025-Q4", "2025-Q3")
                .map(written -> Period.parse(written).orElseThrow()).toList());
        periods.sort(Period.MOST_RECENT_FIRST);
        assertThat(periods).map(Period::toString)
                .containsExactly("2026-Q1", "2025", "2025-Q4", "2025-Q3", "2025-Q1", "2024");
    }

    @Test
    void aGoodOutcomeHasNoProblems() {
        assertThat(problems(outcome("2025-Q3", 120L, 5_000_000L, 300_000L), PRODUCING)).isEmpty();
        // the period in which production started counts: 2025-Q1 ends 2025-03-31, production began 2025-02-10
        assertThat(problems(outcome("2025-Q1", 0L, 0L, 0L), PRODUCING)).isEmpty();
    }

    @Test
    void eachBadFieldIsNamed() {
        assertThat(problems(outcome(null, null, null, null), PRODUCING))
                .containsOnlyKeys("period", "jobs", "outputValueYuan", "taxPaidYuan");
        assertThat(problems(outcome("2025", -1L, -5L, -7L), PRODUCING))
                .containsOnlyKeys("jobs", "outputValueYuan", "taxPaidYuan");
        assertThat(problems(outcome("2025", OutcomeRules.MAX_JOBS + 1, OutcomeRules.MAX_YUAN + 1, 0L), PRODUCING))
                .containsOnlyKeys("jobs", "outputValueYuan");
    }

    @Test
    void thePeriodMustHaveEndedAndNotBeforeProduction() {
        // 2026-Q4 ends 2026-12-31, after today; 2026 too; 2027-Q1 is wholly in the future
        Stream.of("2026-Q4", "2026", "2027-Q1").forEach(period -> assertThat(
                problems(outcome(period, 1L, 1L, 1L), PRODUCING).get("period")).contains("must have ended"));
        assertThat(problems(outcome("2026-Q3", 1L, 1L, 1L), PRODUCING)).isEmpty();
        // 2024-Q4 ended before production began on 2025-02-10
        assertThat(problems(outcome("2024-Q4", 1L, 1L, 1L), PRODUCING).get("period"))
                .contains("before the project went into production on 2025-02-10");
    }

    @Test
    void aLaterReportForAPeriodIsACorrectionWithAReason() {
        ReportedOutcome earlier = new ReportedOutcome("o-1", new Period(2025, 3), 100, 10, 1, 200);
        Report again = report(outcome("2025-Q3", 110L, 10L, 1L), false, null);
        assertThat(correctionProblems(again, Optional.of(earlier))).containsOnlyKeys("correction", "reason");
        assertThat(correctionProblems(report(outcome("2025-Q3", 110L, 10L, 1L), true, null), Optional.of(earlier)))
                .containsOnlyKeys("reason");
        assertThat(correctionProblems(report(outcome("2025-Q3", 110L, 10L, 1L), true, "社保人数口径更正"),
                Optional.of(earlier))).isEmpty();
        assertThat(correctionProblems(report(outcome("2025-Q3", 110L, 10L, 1L), true, "更正"), Optional.empty()))
                .containsOnlyKeys("correction");
        assertThat(correctionProblems(again, Optional.empty())).isEmpty();
    }

    @Test
    void aFirstReportAddsTheProjectACorrectionOnlyTheDifference() {
        ReportedOutcome first = new ReportedOutcome("o-1", new Period(2025, 0), 150, 90_000_000, 4_000_000, 400);
        assertThat(OutcomeChange.of(Optional.empty(), first))
                .isEqualTo(new OutcomeChange(1, 150, 90_000_000, 4_000_000, 1, 400, 150));
        ReportedOutcome corrected = new ReportedOutcome("o-2", new Period(2025, 0), 180, 85_000_000, 4_200_000, 400);
        // 180 − 150 = +30 jobs, 85 − 90 M = −5 M yuan, 4.2 − 4.0 M = +0.2 M yuan; no new project, no new promise
        assertThat(OutcomeChange.of(Optional.of(first), corrected))
                .isEqualTo(new OutcomeChange(0, 30, -5_000_000, 200_000, 0, 0, 30));
        ReportedOutcome unpromised = new ReportedOutcome("o-3", new Period(2025, 0), 40, 1, 2, null);
        assertThat(OutcomeChange.of(Optional.empty(), unpromised)).isEqualTo(new OutcomeChange(1, 40, 1, 2, 0, 0, 0));
    }

    @Test
    void anOutcomeChangesEveryScopeOfItsProject() {
        FigureChanges changes = new FigureChanges(new Scopes(RegionDirectory.load(), IndustryCatalogue.load()));
        OutcomeChange change = new OutcomeChange(1, 150, 90, 4, 1, 400, 150);
        changes.contribute(new Place("GX", "450500", "3825"), change.in(new Period(2025, 0)));
        Map<String, Map<Period, OutcomeChange>> outcomes = changes.changesOf(OutcomeChange.KIND, Period.class,
                OutcomeChange::ofValues);

        // Beihai (450500) in Guangxi (450000)
        assertThat(outcomes).containsOnlyKeys("all", "event:GX", "region:450500", "region:450000",
                "industry:38");
        assertThat(outcomes.get("region:450500")).isEqualTo(Map.of(new Period(2025, 0), change));
        assertThat(changes.changed()).containsOnlyKeys(outcomes.keySet());
    }

    @Test
    void shortMeansBelowTheShareOfThePromise() {
        // half of 120 is 60: 59 is short, 60 is not
        assertThat(HALF.isShort(jobs("2025", 59, 120))).isTrue();
        assertThat(HALF.isShort(jobs("2025", 60, 120))).isFalse();
        // half of 75 is 37.5: 37 is short, 38 is not
        assertThat(HALF.isShort(jobs("2025", 37, 75))).isTrue();
        assertThat(HALF.isShort(jobs("2025", 38, 75))).isFalse();
        assertThat(HALF.isShort(jobs("2025", 0, null))).isFalse();
    }

    @Test
    void twoShortPeriodsOfTheSameKindRunning() {
        ReportedOutcome q2 = jobs("2025-Q2", 50, 200);
        ReportedOutcome q3 = jobs("2025-Q3", 90, 200);
        ReportedOutcome q3Enough = jobs("2025-Q3", 100, 200);
        assertThat(HALF.runWith(q3, Optional.of(q2), Optional.empty())).contains(List.of(q2, q3));
        // the earlier period reported late: the run is found from the later one's side
        assertThat(HALF.runWith(q2, Optional.empty(), Optional.of(q3))).contains(List.of(q2, q3));
        assertThat(HALF.runWith(q3Enough, Optional.of(q2), Optional.empty())).isEmpty();
        assertThat(HALF.runWith(q2, Optional.empty(), Optional.of(q3Enough))).isEmpty();
        assertThat(HALF.runWith(q3, Optional.empty(), Optional.empty())).isEmpty();
        assertThat(HALF.detail(List.of(q2, q3)))
                .isEqualTo("jobs below 0.5 of the 200 expected two periods running: 2025-Q2 50, 2025-Q3 90");
    }

    @Test
    void theShareIsAboveZeroAndAtMostOne() {
        Stream.of("0", "-0.1", "1.01").forEach(share -> assertThat(catching(share)).isNotNull());
        assertThat(new JobsShortfall(BigDecimal.ONE).isShort(jobs("2025", 99, 100))).isTrue();
    }

    @Test
    void onlyAProjectInProductionTakesOutcomes() {
        Progress commenced = new Progress(ProjectStatus.COMMENCED, LocalDate.of(2024, 3, 1), 1_000,
                LocalDate.of(2024, 6, 1), null, 800, LocalDate.of(2024, 6, 1));
        Report report = report(outcome("2025", 1L, 1L, 1L), false, null);
        assertThat(ProgressRules.conflict(report, commenced)).hasValueSatisfying(reason -> assertThat(reason)
                .contains("projects in production").contains("COMMENCED"));
        assertThat(ProgressRules.conflict(report, PRODUCING)).isEmpty();
        assertThat(PRODUCING.after(report)).isEqualTo(PRODUCING);
    }

    private static IllegalArgumentException catching(String share) {
        try {
            new JobsShortfall(new BigDecimal(share));
            return null;
        } catch (IllegalArgumentException refused) {
            return refused;
        }
    }

    private static ReportedOutcome jobs(String period, long jobs, Integer expected) {
        return new ReportedOutcome("r-" + period, Period.parse(period).orElseThrow(), jobs, 0, 0, expected);
    }

    private static Outcome outcome(String period, Long jobs, Long output, Long tax) {
        return new Outcome(period == null ? null : Period.parse(period).orElseThrow(), jobs, output, tax);
    }

    private static Report report(Outcome outcome, boolean correction, String reason) {
        return new Report("o-x", ReportType.OUTCOME, null, null, null, correction, reason, null, List.of(), outcome);
    }

    private static Map<String, String> problems(Outcome outcome, Progress project) {
        Violations violations = new Violations();
        ProgressRules.check(report(outcome, false, null), project, TODAY, violations);
        return byField(violations);
    }

    private static Map<String, String> correctionProblems(Report report, Optional<ReportedOutcome> earlier) {
        Violations violations = new Violations();
        OutcomeRules.checkCorrection(report, earlier, violations);
        return byField(violations);
    }

    private static Map<String, String> byField(Violations violations) {
        Map<String, String> byField = new java.util.HashMap<>();
        violations.all().forEach(violation -> byField.merge(violation.field(), violation.message(),
                (a, b) -> a + "; " + b));
        return byField;
    }
}
