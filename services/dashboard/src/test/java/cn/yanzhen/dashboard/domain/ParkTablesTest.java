package cn.yanzhen.dashboard.domain;

import static cn.yanzhen.dashboard.RegistryRecords.park;
import static org.assertj.core.api.Assertions.assertThat;

import cn.yanzhen.contracts.park.Park.Level;
import cn.yanzhen.contracts.reference.IndustryCatalogue;
import cn.yanzhen.contracts.reference.RegionDirectory;
import cn.yanzhen.contracts.tracking.LandFigures.PeriodYield;
import cn.yanzhen.dashboard.StatsRecords;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Four parks, one with tracking's figures, counted by hand:
 * <pre>
 * GX-BH   北海 450500   国家级  no partner     park:GX-BH signed 2 (6亿), commenced 1, invested 1.5亿;
 *                                             land 200,000 m² = 300 亩 → 6亿 ÷ 300 = 200 万元/亩;
 *                                             2026-Q1 (latest, listed first): 100,000 m² = 150 亩, output 7,500万 → 50,
 *                                             tax 300万 → 2 万元/亩; 2025: 300 亩, output 9亿 → 300, tax 4,500万 → 15
 * GX-JMCZ 崇左 451400   省级    partner 广东 440000  no figures yet
 * GX-WZ   梧州 450400   市级    partner 佛山 440600  no figures yet
 * GD-GZ   广州 440100   市级    no partner
 * </pre>
 * 广东 counts 广州's park as its own and both co-built parks as partner; 佛山 only the one it builds itself.
 */
class ParkTablesTest {

    private final ReadModel model = new ReadModel();
    private final DashboardTables tables = new DashboardTables(model, RegionDirectory.load(), IndustryCatalogue.load());

    @BeforeEach
    void fourParks() {
        model.park(park("GX-BH", "北海工业园区", "450500", Level.NATIONAL, 12_000, 3_000.5, null));
        model.park(park("GX-JMCZ", "江门（崇左）产业园", "451400", Level.PROVINCIAL, 15_000, 6_200.5, "440000"));
        model.park(park("GX-WZ", "粤桂合作特别试验区", "450400", Level.MUNICIPAL, 8_000, 8_000, "440600"));
        model.park(park("GD-GZ", "广州开发区", "440100", Level.MUNICIPAL, 5_000, 100, null));
        model.stats(StatsRecords.scope("park:GX-BH").signed(2, 600_000_000L).commenced(1, 200_000_000L, 0.5)
                .completed(150_000_000L).land(2, 200_000, 600_000_000L,
                        PeriodYield.of("2026-Q1", 1, 100_000, 75_000_000L, 3_000_000L),
                        PeriodYield.of("2025", 2, 200_000, 900_000_000L, 45_000_000L)).build());
    }

    @Test
    void aParkShowsItsLandAndTrackingsFiguresWithTheLatestPeriodsYield() {
        Table all = tables.table("parks", null, null).orElseThrow();

        assertThat(all.title()).isEqualTo("园区");
        assertThat(all.rows()).extracting(row -> row.get(0)).containsExactly("GD-GZ", "GX-BH", "GX-JMCZ", "GX-WZ");
        assertThat(all.rows()).as("without a region every park counts once, as its own region's")
                .extracting(row -> row.get(7)).containsOnly("本地");
        assertThat(all.rows().get(1)).isEqualTo(Arrays.asList("GX-BH", "北海工业园区", "国家级", "450500", "北海市", null,
                null, "本地", mu("12000.00"), mu("3000.50"), 2L, 600_000_000L, 1L, 150_000_000L, mu("300.00"),
                mu("200.00"), "2026-Q1", mu("50.00"), mu("2.00")));
        assertThat(all.rows().get(2)).as("a park tracking has no figures of: zeros, and empty cells per 亩")
                .isEqualTo(Arrays.asList("GX-JMCZ", "江门（崇左）产业园", "省级", "451400", "崇左市", "440000", "广东省",
                        "本地", mu("15000.00"), mu("6200.50"), 0L, 0L, 0L, 0L, mu("0.00"), null, null, null, null));
    }

    @Test
    void aCoBuiltParkCountsForItsPartnerAsWellAsWhereItLies() {
        Table guangdong = tables.table("parks", null, "440000").orElseThrow();
        assertThat(guangdong.title()).isEqualTo("园区 · 广东省");
        assertThat(guangdong.rows()).extracting(row -> List.of(row.get(0), row.get(7))).containsExactly(
                List.of("GD-GZ", "本地"), List.of("GX-JMCZ", "共建方"), List.of("GX-WZ", "共建方"));

        assertThat(tables.table("parks", null, "440600").orElseThrow().rows())
                .as("佛山 builds 梧州's park; 崇左's is the province's, not the city's").extracting(row -> row.get(0))
                .containsExactly("GX-WZ");
        assertThat(tables.table("parks", null, "450000").orElseThrow().rows()).extracting(row -> List.of(row.get(0),
                row.get(7))).containsExactly(List.of("GX-BH", "本地"), List.of("GX-JMCZ", "本地"), List.of("GX-WZ", "本地"));
        assertThat(tables.table("parks", null, "451400").orElseThrow().rows()).extracting(row -> row.get(0))
                .containsExactly("GX-JMCZ");
        assertThat(tables.table("parks", null, "430000").orElseThrow().rows()).as("neither lies in 湖南 nor is built by it")
                .isEmpty();
    }

    @Test
    void aParkRegisteredAgainReplacesWhatItSaidBefore() {
        model.park(park("GX-BH", "北海工业园区", "450500", Level.NATIONAL, 12_000, 2_500, null));

        Table all = tables.table("parks", null, null).orElseThrow();
        assertThat(all.rows()).hasSize(4);
        assertThat(all.rows().get(1).get(9)).isEqualTo(mu("2500.00"));
    }

    private static BigDecimal mu(String figure) {
        return new BigDecimal(figure);
    }
}
