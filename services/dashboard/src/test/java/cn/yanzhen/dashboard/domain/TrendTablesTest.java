package cn.yanzhen.dashboard.domain;

import cn.yanzhen.contracts.tracking.MonthWindow;
import static cn.yanzhen.dashboard.StatsRecords.scope;
import static cn.yanzhen.dashboard.domain.MonthlyFiguresTest.JULY;
import static cn.yanzhen.dashboard.domain.MonthlyFiguresTest.NOVEMBER;
import static cn.yanzhen.dashboard.domain.MonthlyFiguresTest.SEPTEMBER;
import static cn.yanzhen.dashboard.domain.MonthlyFiguresTest.window;
import static org.assertj.core.api.Assertions.assertThat;

import cn.yanzhen.contracts.reference.IndustryCatalogue;
import cn.yanzhen.contracts.reference.RegionDirectory;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The trend, the window and the drilled-down map as tables: what the page draws and the exports hold. */
class TrendTablesTest {

    private final ReadModel model = new ReadModel();
    private final DashboardTables tables = new DashboardTables(model, RegionDirectory.load(), IndustryCatalogue.load());

    @Test
    void theTrendHasAMonthARowAndTheWindowTheirSumForTheScopeAsked() {
        model.stats(scope("all").months(JULY, SEPTEMBER, NOVEMBER).build());
        model.stats(scope("event:GX").months(SEPTEMBER).build());
        model.stats(scope("region:450200").months(JULY).build());

        Table trend = tables.table("trend", null, null, window("2025-07", "2025-09")).orElseThrow();
        assertThat(trend.title()).isEqualTo("月度趋势 · 全部");
        assertThat(trend.rows()).extracting(row -> row.get(0)).containsExactly("2025-07", "2025-08", "2025-09");
        assertThat(trend.rows().get(0)).containsExactly("2025-07", 2L, 800_000_000L, 1L, 300_000_000L, 0L, 0L, 0L, 0L,
                1L, 300_000_000L, 0L, 0L, 120_000_000L);

        Table window = tables.table("window", null, null, window("2025-07", "2025-09")).orElseThrow();
        assertThat(window.title()).isEqualTo("时段合计 · 全部 · 2025-07/2025-09");
        assertThat(window.rows()).containsExactly(List.of("2025-07/2025-09", 3L, 1_000_000_000L, 2L, 800_000_000L,
                1L, 300_000_000L, 0L, 0L, 1L, 300_000_000L, 1L, 300_000_000L, 130_000_000L));
        assertThat(window.columns()).extracting(Column::label).startsWith("时段", "签约项目", "签约额")
                .endsWith("完成投资（按签约月份）");

        assertThat(tables.table("window", "GX", null, MonthWindow.ALL_TIME).orElseThrow().rows().get(0))
                .startsWith("../..", 1L, 200_000_000L);
        Table liuzhou = tables.table("trend", null, "450200", MonthWindow.ALL_TIME).orElseThrow();
        assertThat(liuzhou.title()).isEqualTo("月度趋势 · 柳州市");
        assertThat(liuzhou.rows()).hasSize(1);
    }

    @Test
    void aScopeWithoutMonthsHasNoTrendAndAWindowOfZeros() {
        model.stats(scope("all").signed(3, 1_000_000_000L).build());

        assertThat(tables.table("trend", null, null, MonthWindow.ALL_TIME).orElseThrow().rows()).isEmpty();
        assertThat(tables.table("window", "NOBODY", null, MonthWindow.ALL_TIME).orElseThrow().rows().get(0))
                .containsExactly("../..", 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L);
    }

    @Test
    void aDrilledDownProvinceShowsTheRegionsDirectlyUnderItWithTheirRecords() {
        model.stats(scope("region:450000").signed(3, 1_800_000_000L).build());
        model.stats(scope("region:450200").signed(2, 1_300_000_000L).commenced(1, 1_000_000_000L, 0.5)
                .completed(250_000_000L).build());
        model.stats(scope("region:451000").signed(1, 500_000_000L).build());
        model.stats(scope("region:440100").signed(9, 9).build());

        Table prefectures = tables.table("region-prefectures", null, "450000").orElseThrow();
        assertThat(prefectures.title()).isEqualTo("各地市 · 广西壮族自治区");
        assertThat(prefectures.rows()).containsExactly(
                List.of("450200", "柳州市", 2L, 1_300_000_000L, 1L, 0.5, 0L, 250_000_000L),
                List.of("451000", "百色市", 1L, 500_000_000L, 0L, 0.0, 0L, 0L));
        assertThat(tables.provinces().rows()).extracting(row -> row.get(0)).containsExactly("450000");
        assertThat(tables.table("region-prefectures", null, null)).isEmpty();
    }
}
