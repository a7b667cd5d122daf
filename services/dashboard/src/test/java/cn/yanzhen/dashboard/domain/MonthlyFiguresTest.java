package cn.yanzhen.dashboard.domain;

import cn.yanzhen.contracts.tracking.MonthWindow;
import static cn.yanzhen.dashboard.StatsRecords.tally;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yanzhen.contracts.tracking.PeriodFigures;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A window's figures are the sum of its months; over every month, the scope's all-time figures. */
class MonthlyFiguresTest {

    // July: 2 signed (3 亿 + 5 亿), 1 of July's commenced in July; September: 1 more signed (2 亿), the other July
    // signing commences (5 亿) and the first goes into production, verified; nothing happens in August
    static final PeriodFigures JULY = new PeriodFigures("2025-07", tally(2, 800_000_000L), tally(1, 300_000_000L),
            tally(0, 0), tally(0, 0), tally(1, 300_000_000L), tally(0, 0), 120_000_000L);
    static final PeriodFigures SEPTEMBER = new PeriodFigures("2025-09", tally(1, 200_000_000L),
            tally(1, 500_000_000L), tally(1, 300_000_000L), tally(0, 0), tally(0, 0), tally(1, 300_000_000L),
            10_000_000L);
    static final PeriodFigures NOVEMBER = new PeriodFigures("2025-11", tally(0, 0), tally(0, 0), tally(0, 0),
            tally(1, 300_000_000L), tally(1, 500_000_000L), tally(0, 0), 0);
    private static final List<PeriodFigures> SERIES = List.of(JULY, SEPTEMBER, NOVEMBER);

    @Test
    void theSeriesRunsMonthByMonthAMonthWithoutFiguresAsZeros() {
        List<PeriodFigures> series = MonthlyFigures.series(SERIES, MonthWindow.ALL_TIME);

        assertThat(series).extracting(PeriodFigures::period)
                .containsExactly("2025-07", "2025-08", "2025-09", "2025-10", "2025-11");
        assertThat(series.get(1)).isEqualTo(new PeriodFigures("2025-08", tally(0, 0), tally(0, 0), tally(0, 0),
                tally(0, 0), tally(0, 0), tally(0, 0), 0));
        assertThat(series.get(2)).isSameAs(SEPTEMBER);
    }

    @Test
    void aWindowKeepsItsMonthsOnly() {
        assertThat(MonthlyFigures.series(SERIES, window("2025-08", "2025-10"))).containsExactly(SEPTEMBER);
        assertThat(MonthlyFigures.series(SERIES, window("2025-09", null))).extracting(PeriodFigures::period)
                .containsExactly("2025-09", "2025-10", "2025-11");
        assertThat(MonthlyFigures.series(SERIES, window("2026-01", "2026-06"))).isEmpty();
    }

    @Test
    void aWindowsFiguresAreTheSumOfItsMonths() {
        // July and September: 2 + 1 signed for 8 亿 + 2 亿; 1 + 1 commenced for 3 亿 + 5 亿; 1 in production (3 亿);
        // verified: July's commencement and September's production start; 1.2 亿 + 0.1 亿 invested
        assertThat(MonthlyFigures.total(SERIES, window("2025-07", "2025-10"))).isEqualTo(new PeriodFigures(
                "2025-07/2025-10", tally(3, 1_000_000_000L), tally(2, 800_000_000L), tally(1, 300_000_000L),
                tally(0, 0), tally(1, 300_000_000L), tally(1, 300_000_000L), 130_000_000L));
        assertThat(MonthlyFigures.total(SERIES, window(null, "2025-08"))).isEqualTo(new PeriodFigures("../2025-08",
                JULY.signed(), JULY.commenced(), JULY.inProduction(), JULY.reachedDesignCapacity(),
                JULY.verifiedCommenced(), JULY.verifiedInProduction(), JULY.completedInvestmentYuan()));
    }

    @Test
    void everyMonthTogetherIsTheScopesAllTimeFigures() {
        PeriodFigures all = MonthlyFigures.total(SERIES, MonthWindow.ALL_TIME);

        assertThat(all.period()).isEqualTo("../..");
        assertThat(all.signed()).isEqualTo(tally(3, 1_000_000_000L));
        assertThat(all.commenced()).isEqualTo(tally(2, 800_000_000L));
        assertThat(all.reachedDesignCapacity()).isEqualTo(tally(1, 300_000_000L));
        assertThat(all.verifiedCommenced()).isEqualTo(tally(2, 800_000_000L));
        assertThat(all.completedInvestmentYuan()).isEqualTo(130_000_000L);
    }

    @Test
    void aScopeWithoutMonthsHasAnEmptySeriesAndZeroFigures() {
        assertThat(MonthlyFigures.series(List.of(), MonthWindow.ALL_TIME)).isEmpty();
        assertThat(MonthlyFigures.total(List.of(), window("2025-01", "2025-06"))).isEqualTo(new PeriodFigures(
                "2025-01/2025-06", tally(0, 0), tally(0, 0), tally(0, 0), tally(0, 0), tally(0, 0), tally(0, 0), 0));
    }

    @Test
    void aWindowMayNotEndBeforeItBegins() {
        assertThat(window("2025-07", "2025-07").contains(YearMonth.of(2025, 7))).isTrue();
        assertThatThrownBy(() -> window("2025-07", "2025-06")).isInstanceOf(IllegalArgumentException.class);
    }

    static MonthWindow window(String from, String to) {
        return new MonthWindow(from == null ? null : YearMonth.parse(from), to == null ? null : YearMonth.parse(to));
    }
}
