package cn.yanzhen.dashboard.domain;

import static cn.yanzhen.dashboard.LeadRecords.lead;
import static cn.yanzhen.dashboard.RegistryRecords.chain;
import static org.assertj.core.api.Assertions.assertThat;

import cn.yanzhen.contracts.pipeline.LeadStage;
import cn.yanzhen.contracts.reference.IndustryCatalogue;
import cn.yanzhen.contracts.reference.RegionDirectory;
import cn.yanzhen.dashboard.LeadRecords;
import cn.yanzhen.dashboard.StatsRecords;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Three chains, tracking's figures of one, and six leads, counted by hand:
 * <pre>
 * GX-NEV  广西 新能源汽车  chain:GX-NEV signed 3 (9亿), commenced 2, invested 2亿
 *         leads A 在谈 1亿, B 意向 2亿 (recorded, then moved: only the latest counts), C 线索 0.5亿, D 放弃 3亿
 *         → 4 leads, 在谈 2 with 3亿
 * GX-ALU  广西 铝          lead E 在谈 4亿 → 1 lead, 在谈 1 with 4亿
 * GD-ELEC 广东 电子信息    nothing
 * lead F 在谈 5亿 names no chain and counts in none.
 * </pre>
 */
class ChainTablesTest {

    private static final LocalDate MAY = LocalDate.of(2025, 5, 1);

    private final ReadModel model = new ReadModel();
    private final DashboardTables tables = new DashboardTables(model, RegionDirectory.load(), IndustryCatalogue.load());

    @BeforeEach
    void threeChainsAndSixLeads() {
        model.chain(chain("GX-NEV", "450000", "新能源汽车产业链", List.of("3612", "367", "3841"),
                List.of("上汽通用五菱汽车股份有限公司", "东风柳州汽车有限公司")));
        model.chain(chain("GX-ALU", "450000", "铝产业链", List.of("3216"), List.of()));
        model.chain(chain("GD-ELEC", "440000", "电子信息产业链", List.of("39"), List.of("美的集团")));
        model.stats(StatsRecords.scope("chain:GX-NEV").signed(3, 900_000_000L).commenced(2, 500_000_000L, 2.0 / 3)
                .completed(200_000_000L).build());
        model.lead(lead("A").chain("GX-NEV").to("450200", 100_000_000L).moved(LeadStage.NEGOTIATING, MAY));
        LeadRecords b = lead("B").chain("GX-NEV").to("450200", 200_000_000L);
        model.lead(b.build());
        model.lead(b.moved(LeadStage.INTENT, MAY));
        model.lead(lead("C").chain("GX-NEV").to("450100", 50_000_000L).build());
        model.lead(lead("D").chain("GX-NEV").to("450100", 300_000_000L).moved(LeadStage.DROPPED, MAY));
        model.lead(lead("E").chain("GX-ALU").to("450300", 400_000_000L).moved(LeadStage.NEGOTIATING, MAY));
        model.lead(lead("F").to("450300", 500_000_000L).moved(LeadStage.NEGOTIATING, MAY));
    }

    @Test
    void aChainShowsTrackingsFiguresAndItsLeadsInThePipeline() {
        Table all = tables.table("chains", null, null).orElseThrow();

        assertThat(all.title()).isEqualTo("产业链");
        assertThat(all.rows()).containsExactly(
                List.of("GD-ELEC", "电子信息产业链", "440000", "广东省", "39", "美的集团", 0L, 0L, 0L, 0L, 0L, 0L, 0L),
                List.of("GX-ALU", "铝产业链", "450000", "广西壮族自治区", "3216", "", 0L, 0L, 0L, 0L, 1L, 1L, 400_000_000L),
                List.of("GX-NEV", "新能源汽车产业链", "450000", "广西壮族自治区", "3612、367、3841",
                        "上汽通用五菱汽车股份有限公司、东风柳州汽车有限公司", 3L, 900_000_000L, 2L, 200_000_000L, 4L, 2L,
                        300_000_000L));
    }

    @Test
    void aRegionShowsTheChainsOfItsProvince() {
        Table guangxi = tables.table("chains", null, "450000").orElseThrow();
        assertThat(guangxi.title()).isEqualTo("产业链 · 广西壮族自治区");
        assertThat(guangxi.rows()).extracting(row -> row.get(0)).containsExactly("GX-ALU", "GX-NEV");
        assertThat(tables.table("chains", null, "450200").orElseThrow().rows()).as("柳州: Guangxi's chains")
                .extracting(row -> row.get(0)).containsExactly("GX-ALU", "GX-NEV");
        assertThat(tables.table("chains", null, "430000").orElseThrow().rows()).isEmpty();
    }
}
