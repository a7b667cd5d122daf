package cn.yanzhen.tracking.figures.domain;

import cn.yanzhen.contracts.tracking.MonthWindow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yanzhen.contracts.reference.IndustryCatalogue;
import cn.yanzhen.contracts.reference.RegionDirectory;
import cn.yanzhen.contracts.tracking.ProjectProgressed.ProjectStatus;
import cn.yanzhen.contracts.tracking.PeriodFigures;
import cn.yanzhen.contracts.tracking.Stats;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MonthsDomainTest {

    private static final LocalDate SIGNED = LocalDate.of(2025, 7, 20);

    private final FigureChanges changes = new FigureChanges(new Scopes(RegionDirectory.load(), IndustryCatalogue.load()));

    @Test
    void aProjectCountsItsSigningAndEachMilestoneInTheMonthItHappened() {
        ProjectState reached = new ProjectState(ProjectStatus.IN_PRODUCTION, 100, SIGNED.plusDays(20),
                SIGNED.plusDays(100), 80, false, null, false, new VerifiedProgress(SIGNED.plusDays(20), null, 0, 0),
                SIGNED, 0, null, SIGNED.plusDays(200));

        assertThat(entries(MonthMark.of(reached, 1))).containsExactly("SIGNED 2025-07 [1, 100, 80]",
                "COMMENCED 2025-08 [1, 100, 0]", "IN_PRODUCTION 2025-10 [1, 100, 0]",
                "REACHED_DESIGN_CAPACITY 2026-02 [1, 100, 0]", "VERIFIED_COMMENCED 2025-08 [1, 100, 0]");
        assertThat(entries(MonthMark.of(reached, -1))).first().isEqualTo("SIGNED 2025-07 [-1, -100, -80]");
    }

    @Test
    void aWithdrawnSigningCountsInNoMonthAndARepeatInNoneBeyondItsEvent() {
        ProjectState withdrawn = new ProjectState(ProjectStatus.WITHDRAWN, 100, null, null, 0, false, null, false,
                VerifiedProgress.NONE, SIGNED, 0, null);
        ProjectState repeat = new ProjectState(ProjectStatus.SIGNED, 100, null, null, 0, false, null, true,
                VerifiedProgress.NONE, SIGNED, 0, null);

        assertThat(MonthMark.of(withdrawn, 1)).isEmpty();
        assertThat(MonthMark.beyondEvent(repeat, 1)).isEmpty();
        assertThat(entries(MonthMark.of(repeat, 1))).containsExactly("SIGNED 2025-07 [1, 100, 0]");
    }

    @Test
    void aMoveChangesOnlyTheMonthsItMovesAndReachesTheCutsOfRegionAndDivision() {
        ProjectState commenced = state(SIGNED.plusDays(20), null, 0);
        ProjectState producing = state(SIGNED.plusDays(20), SIGNED.plusDays(100), 30);
        changes.add(new Place("E1", "652801", "3825"), commenced, producing);

        Map<MonthMark, long[]> all = changes.changesOf(MonthMark.KIND, MonthMark.class, counts -> counts).get("all");
        assertThat(all).hasSize(2);
        assertThat(all.get(new MonthMark(MonthMeasure.IN_PRODUCTION, YearMonth.of(2025, 10)))).containsExactly(1, 100, 0);
        assertThat(all.get(new MonthMark(MonthMeasure.SIGNED, YearMonth.of(2025, 7)))).containsExactly(0, 0, 30);
        // Korla's division 38 in Korla, Bayingolin and Xinjiang, with the project counts a window asks of them
        assertThat(changes.changesOf(MonthMark.KIND).keySet()).contains("region-industry:652801:38",
                "region-industry:652800:38", "region-industry:650000:38");
        assertThat(changes.changed().get("region-industry:650000:38").inProductionCount()).isEqualTo(1);
    }

    @Test
    void aSeriesGathersItsRowsByMonthOldestFirstAndAWindowNamesItsEnds() {
        MonthSeries series = new MonthSeries();
        series.add("2025-09", MonthMeasure.COMMENCED, 1, 40, 0);
        series.add("2025-07", MonthMeasure.SIGNED, 2, 300, 50);
        series.add("2025-07", MonthMeasure.SIGNED, 1, 100, 0);

        List<PeriodFigures> periods = series.periods();
        assertThat(periods).extracting(PeriodFigures::period).containsExactly("2025-07", "2025-09");
        assertThat(periods.get(0).signed()).isEqualTo(new Stats.Tally(3, 400));
        assertThat(periods.get(0).completedInvestmentYuan()).isEqualTo(50);
        assertThat(periods.get(1).commenced()).isEqualTo(new Stats.Tally(1, 40));
        assertThat(periods.get(1).signed()).isEqualTo(new Stats.Tally(0, 0));

        assertThat(new MonthWindow(YearMonth.of(2025, 1), YearMonth.of(2025, 6)).period()).isEqualTo("2025-01/2025-06");
        assertThat(new MonthWindow(null, YearMonth.of(2025, 6)).period()).isEqualTo("../2025-06");
        assertThat(MonthWindow.ALL_TIME.firstMonth()).isLessThan("1949-10");
        assertThatThrownBy(() -> new MonthWindow(YearMonth.of(2025, 7), YearMonth.of(2025, 6)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static ProjectState state(LocalDate commencedOn, LocalDate inProductionOn, long cumulativeYuan) {
        return new ProjectState(ProjectStatus.COMMENCED, 100, commencedOn, inProductionOn, cumulativeYuan, false, null,
                false, VerifiedProgress.NONE, SIGNED, 0, null);
    }

    private static List<String> entries(List<FigureContribution> marks) {
        List<String> entries = new ArrayList<>();
        for (FigureContribution mark : marks) {
            MonthMark key = (MonthMark) mark.key();
            entries.add(key.measure() + " " + key.month() + " " + Arrays.toString(mark.counts()));
        }
        return entries;
    }
}
