package cn.yanzhen.tracking.figures.domain;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yanzhen.contracts.reference.IndustryCatalogue;
import cn.yanzhen.contracts.reference.RegionDirectory;
import cn.yanzhen.contracts.tracking.ProjectProgressed.ProjectStatus;
import cn.yanzhen.contracts.tracking.Stats;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Cycle times (docs/contract.md §4.5.1), every expectation computed by hand. */
class CycleTimesDomainTest {

    private static final LocalDate JULY_20 = LocalDate.of(2025, 7, 20);

    private final FigureChanges changes = new FigureChanges(new Scopes(RegionDirectory.load(), IndustryCatalogue.load()));

    @Test
    void nearestRankMedianAndP90OfAnOddCount() {
        Histogram days = histogram(10, 20, 30, 40, 50);
        // median: rank ⌈0.5·5⌉ = 3 → 30; p90: rank ⌈0.9·5⌉ = 5 → 50
        assertThat(days.percentile(50)).isEqualTo(30);
        assertThat(days.percentile(90)).isEqualTo(50);
        assertThat(days.count()).isEqualTo(5);
    }

    @Test
    void nearestRankMedianOfAnEvenCountIsTheLowerMiddleValue() {
        Histogram days = histogram(40, 10, 30, 20);
        // median: rank ⌈0.5·4⌉ = 2 → 20; p90: rank ⌈0.9·4⌉ = 4 → 40
        assertThat(days.percentile(50)).isEqualTo(20);
        assertThat(days.percentile(90)).isEqualTo(40);
        Histogram ten = histogram(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        // rank ⌈0.5·10⌉ = 5, rank ⌈0.9·10⌉ = 9
        assertThat(ten.percentile(50)).isEqualTo(5);
        assertThat(ten.percentile(90)).isEqualTo(9);
    }

    @Test
    void repeatedValuesCountEachProject() {
        Histogram days = Histogram.of(Map.of(5L, 3L, 9L, 1L, 100L, 1L, 7L, 0L));
        // 5 5 5 9 100: median rank 3 → 5, p90 rank 5 → 100; the value counted 0 times is no value
        assertThat(days.percentile(50)).isEqualTo(5);
        assertThat(days.percentile(90)).isEqualTo(100);
        assertThat(days.lowest()).isEqualTo(5);
        assertThat(Histogram.EMPTY.percentile(50)).isNull();
        assertThat(Histogram.EMPTY.lowest()).isNull();
    }

    @Test
    void aCohortsStepsAndWaits() {
        cohort();

        Stats.CycleTimes times = cycleTimes("event:E1");
        // signing → commencement: 30, 60, 90 days (the cancelled project's 45 too): 30 45 60 90 → median rank 2 = 45,
        // p90 rank ⌈3.6⌉ = 4 → 90
        assertThat(times.signingToCommencement()).isEqualTo(new Stats.Step(4, 45, 90));
        // commencement → production: only A, 2025-08-19 → 2025-12-17 = 120 days
        assertThat(times.commencementToProduction()).isEqualTo(new Stats.Step(1, 120, 120));
        // D signed 2025-07-20 and E signed 2025-08-01 wait to commence; C (cancelled) and G (withdrawn) do not wait
        assertThat(times.awaitingCommencement()).isEqualTo(new Stats.Waiting(2, JULY_20));
        // B commenced 2025-09-18 and C2 2025-10-18 wait for production; the cancelled one does not
        assertThat(times.awaitingProduction()).isEqualTo(new Stats.Waiting(2, LocalDate.of(2025, 9, 18)));
        assertThat(cycleTimes("all")).isEqualTo(times);
        assertThat(cycleTimes("region:450000")).isEqualTo(times);
    }

    @Test
    void daysFromProductionToDesignCapacityOverTheProjectsThatReachedIt() {
        LocalDate october = LocalDate.of(2025, 10, 1);
        ProjectState first = producing(october, null);
        add(null, first);
        add(first, producing(october, LocalDate.of(2025, 12, 1)));                 // 61 days, corrected below
        add(producing(october, LocalDate.of(2025, 12, 1)), producing(october, LocalDate.of(2025, 12, 5)));  // 65
        add(null, producing(october, LocalDate.of(2025, 10, 31)));                 // 30 days
        add(null, producing(october, null));                                       // in production, short of it
        add(null, withStatus(producing(october, LocalDate.of(2025, 11, 10)), ProjectStatus.WITHDRAWN));   // out

        // two reached it: 30 and 65 days; median rank ⌈0.5·2⌉ = 1 → 30, p90 rank ⌈1.8⌉ = 2 → 65
        assertThat(cycleTimes("event:E1").productionToDesignCapacity()).isEqualTo(new Stats.Step(2, 30, 65));
        // the rate is the scope's record's: 2 of the 3 in production (StatsDraft), 0.6667
        assertThat(cycleTimes("event:E1").withDesignCapacityRate(Rates.share(2, 3)).designCapacityRate())
                .isEqualTo(0.6667);
        assertThat(cycleTimes("all")).isEqualTo(cycleTimes("event:E1"));
    }

    @Test
    void aCorrectedCommencementMovesTheProjectInTheHistograms() {
        ProjectState rejected = commenced(JULY_20, JULY_20.plusDays(30));
        ProjectState corrected = commenced(JULY_20, JULY_20.plusDays(41));
        changes.add(new Place("E1", "450100", "3825"), null, rejected);
        changes.add(new Place("E1", "450100", "3825"), rejected, corrected);

        Stats.CycleTimes times = cycleTimes("event:E1");
        assertThat(times.signingToCommencement()).isEqualTo(new Stats.Step(1, 41, 41));
        assertThat(times.awaitingProduction()).isEqualTo(new Stats.Waiting(1, JULY_20.plusDays(41)));
    }

    @Test
    void aWithdrawalTakesTheProjectOut() {
        ProjectState commenced = commenced(JULY_20, JULY_20.plusDays(30));
        changes.add(new Place("E1", "450100", "3825"), null, commenced);
        changes.add(new Place("E1", "450100", "3825"), commenced, withStatus(commenced, ProjectStatus.WITHDRAWN));

        assertThat(changes.countsOf(CycleMark.KIND, CycleMark.class)).isEmpty();
        assertThat(cycleTimes("all")).isEqualTo(Stats.CycleTimes.NONE);
    }

    @Test
    void aRepeatCountsOnceBeyondItsEventAndFollowsItsEarliestSigningInIt() {
        ProjectState earliest = commenced(JULY_20, JULY_20.plusDays(30));
        ProjectState repeat = new ProjectState(ProjectStatus.SIGNED, 100, null, null, 0, false, null, true,
                VerifiedProgress.NONE, LocalDate.of(2026, 1, 10), 0, "440300");
        changes.add(new Place("E1", "450100", "3825"), null, earliest);
        changes.add(new Place("E2", "450100", "3825"), null, repeat.following(earliest));

        // in its own event the repeat took the project's 30 days from its earliest signing
        assertThat(cycleTimes("event:E2").signingToCommencement()).isEqualTo(new Stats.Step(1, 30, 30));
        assertThat(cycleTimes("event:E2").awaitingCommencement()).isEqualTo(Stats.Waiting.NONE);
        // beyond it, the project once
        assertThat(cycleTimes("all").signingToCommencement()).isEqualTo(new Stats.Step(1, 30, 30));
        assertThat(cycleTimes("all").awaitingProduction()).isEqualTo(new Stats.Waiting(1, JULY_20.plusDays(30)));
    }

    private void cohort() {
        // A: commenced after 30 days, in production 120 days later
        add(null, new ProjectState(ProjectStatus.IN_PRODUCTION, 100, JULY_20.plusDays(30), LocalDate.of(2025, 12, 17), 0,
                false, null, false, VerifiedProgress.NONE, JULY_20, 0, null));
        add(null, commenced(JULY_20, LocalDate.of(2025, 9, 18)));      // B: 60 days
        add(null, commenced(JULY_20, LocalDate.of(2025, 10, 18)));     // C2: 90 days
        add(null, signed(JULY_20));                                    // D
        add(null, signed(LocalDate.of(2025, 8, 1)));                   // E
        add(null, withStatus(signed(JULY_20.minusDays(10)), ProjectStatus.CANCELLED));                 // C
        add(null, withStatus(commenced(JULY_20, JULY_20.plusDays(45)), ProjectStatus.CANCELLED));      // F: 45 days
        ProjectState g = signed(JULY_20.minusDays(30));
        add(null, g);
        add(g, withStatus(g, ProjectStatus.WITHDRAWN));                                                // G
    }

    private void add(ProjectState before, ProjectState after) {
        changes.add(new Place("E1", "450100", "3825"), before, after);
    }

    private Stats.CycleTimes cycleTimes(String scope) {
        Map<CycleMeasure, Map<Long, Long>> counts = new EnumMap<>(CycleMeasure.class);
        changes.countsOf(CycleMark.KIND, CycleMark.class).getOrDefault(scope, Map.of()).forEach((mark, count) ->
                counts.computeIfAbsent(mark.measure(), measure -> new HashMap<>()).merge(mark.value(), count, Long::sum));
        Map<CycleMeasure, Histogram> histograms = new EnumMap<>(CycleMeasure.class);
        counts.forEach((measure, byValue) -> histograms.put(measure, Histogram.of(byValue)));
        return CycleTimesFigures.of(histograms);
    }

    private static Histogram histogram(long... values) {
        Map<Long, Long> counts = new HashMap<>();
        for (long value : values) {
            counts.merge(value, 1L, Long::sum);
        }
        return Histogram.of(counts);
    }

    static ProjectState signed(LocalDate signedOn) {
        return new ProjectState(ProjectStatus.SIGNED, 100, null, null, 0, false, null, false, VerifiedProgress.NONE,
                signedOn, 0, null);
    }

    static ProjectState commenced(LocalDate signedOn, LocalDate commencedOn) {
        return new ProjectState(ProjectStatus.COMMENCED, 100, commencedOn, null, 0, false, null, false,
                VerifiedProgress.NONE, signedOn, 0, null);
    }

    static ProjectState withStatus(ProjectState state, ProjectStatus status) {
        return new ProjectState(status, state.investmentYuan(), state.commencedOn(), state.inProductionOn(),
                state.cumulativeYuan(), state.overdue(), state.verdict(), state.repeat(), state.verified(),
                state.signedOn(), state.energyMwh(), state.originRegion(), state.reachedCapacityOn());
    }

    static ProjectState producing(LocalDate inProductionOn, LocalDate reachedCapacityOn) {
        return new ProjectState(ProjectStatus.IN_PRODUCTION, 100, JULY_20.plusDays(10), inProductionOn, 0, false, null,
                false, VerifiedProgress.NONE, JULY_20, 0, null, reachedCapacityOn);
    }
}
