package cn.yanzhen.dashboard.domain;

import static cn.yanzhen.dashboard.LeadRecords.lead;
import static org.assertj.core.api.Assertions.assertThat;

import cn.yanzhen.contracts.pipeline.LeadStage;
import cn.yanzhen.contracts.pipeline.PipelineFigures;
import cn.yanzhen.contracts.pipeline.PipelineFigures.Total;
import cn.yanzhen.contracts.reference.IndustryCatalogue;
import cn.yanzhen.contracts.reference.RegionDirectory;
import cn.yanzhen.dashboard.LeadRecords;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Six leads as yanzhen.pipeline delivers them, the figures counted by hand:
 * <pre>
 * A 南宁 450100  firm 91A (code)  1亿    LEAD → NEGOTIATING → INTENT (three records: only the last counts)
 * B 南宁 450100  firm 91A (code)  2亿    LEAD → SIGNED 2025-03-31, 30 days after first contact
 * F 南宁 450100  firm 南宁F        0.5亿  LEAD
 * C 柳州 450200  firm 柳钢配套 (name only) 3亿 LEAD → DROPPED
 * E 柳州 450200  firm 91E         4亿    first contact 2025-01-01, SIGNED 2025-04-11: 100 days
 * D 库尔勒 652801 (a county of 巴音郭楞 652800, in 新疆 650000)  firm 91D  5亿  NEGOTIATING
 * </pre>
 */
class PipelineTablesTest {

    private static final LocalDate MARCH = LocalDate.of(2025, 3, 1);

    private final ReadModel model = new ReadModel();
    private final DashboardTables tables = new DashboardTables(model, RegionDirectory.load(), IndustryCatalogue.load());

    @BeforeEach
    void sixLeads() {
        LeadRecords a = lead("A").firm("华阳新能源", "91A").to("450100", 100_000_000L);
        model.lead(a.build());
        model.lead(a.moved(LeadStage.NEGOTIATING, MARCH.plusDays(10)));
        model.lead(a.moved(LeadStage.INTENT, MARCH.plusDays(20)));
        LeadRecords b = lead("B").firm("华阳新能源", "91A").to("450100", 200_000_000L);
        model.lead(b.build());
        model.lead(b.signed(LocalDate.of(2025, 3, 31)));
        model.lead(lead("F").firm("南宁F", null).to("450100", 50_000_000L).build());
        LeadRecords c = lead("C").firm("柳钢配套", null).to("450200", 300_000_000L);
        model.lead(c.build());
        model.lead(c.moved(LeadStage.DROPPED, MARCH.plusDays(40)));
        LeadRecords e = lead("E").firm("E", "91E").to("450200", 400_000_000L).firstContact(LocalDate.of(2025, 1, 1));
        model.lead(e.signed(LocalDate.of(2025, 4, 11)));
        model.lead(lead("D").firm("D", "91D").to("652801", 500_000_000L).moved(LeadStage.NEGOTIATING, MARCH));
    }

    @Test
    void everyScopeWithLeadsHasItsHandCountedFigures() {
        Map<String, PipelineFigures> figures = tables.pipelineFigures();

        assertThat(figures.keySet()).as("all, the provinces and the prefectures; a county counts in its prefecture")
                .containsExactly("all", "region:450000", "region:450100", "region:450200", "region:650000",
                        "region:652800");
        assertFigures(figures.get("all"), 5, new Total(6, 1_550_000_000L), new Total(2, 600_000_000L), 2, 1, 2.0 / 3,
                30);
        assertFigures(figures.get("region:450000"), 4, new Total(5, 1_050_000_000L), new Total(1, 100_000_000L), 2, 1,
                2.0 / 3, 30);
        assertFigures(figures.get("region:450100"), 2, new Total(3, 350_000_000L), new Total(1, 100_000_000L), 1, 0,
                1.0, 30);
        assertFigures(figures.get("region:450200"), 2, new Total(2, 700_000_000L), Total.NONE, 1, 1, 0.5, 100);
        assertFigures(figures.get("region:652800"), 1, new Total(1, 500_000_000L), new Total(1, 500_000_000L), 0, 0,
                null, null);
        assertThat(figures.get("region:650000")).isEqualTo(new PipelineFigures("region:650000", 1,
                new Total(1, 500_000_000L), figures.get("region:652800").byStage(), new Total(1, 500_000_000L), 0, 0,
                null, null));
        assertThat(figures.get("all").byStage().get(LeadStage.INTENT)).as("A counts at its latest stage only")
                .isEqualTo(new Total(1, 100_000_000L));
        assertThat(figures.get("all").byStage().get(LeadStage.NEGOTIATING)).isEqualTo(new Total(1, 500_000_000L));
        assertThat(figures.get("all").byStage().get(LeadStage.LEAD)).isEqualTo(new Total(1, 50_000_000L));
    }

    @Test
    void theTableHasARowPerScopeAndARegionNarrowsItToThoseInside() {
        Table all = tables.table("pipeline", null, null).orElseThrow();
        assertThat(all.rows()).extracting(row -> row.get(0))
                .containsExactly("all", "450000", "450100", "450200", "650000", "652800");
        assertThat(all.rows().get(0)).isEqualTo(List.of("all", "全部", 5L, 6L, 1_550_000_000L, 2L, 600_000_000L, 2L,
                1L, 2.0 / 3, 30));
        assertThat(all.rows().get(5)).as("no rate while none ended, no median while none signed: empty cells")
                .isEqualTo(Arrays.asList("652800", "巴音郭楞蒙古自治州", 1L, 1L, 500_000_000L, 1L, 500_000_000L, 0L, 0L,
                        null, null));

        Table guangxi = tables.table("pipeline", null, "450000").orElseThrow();
        assertThat(guangxi.title()).isEqualTo("招商项目库 · 广西壮族自治区");
        assertThat(guangxi.rows()).extracting(row -> row.get(0)).containsExactly("450000", "450100", "450200");
        assertThat(tables.table("pipeline", null, "430000").orElseThrow().rows()).as("a province without leads").isEmpty();
    }

    @Test
    void theStagesOfARegionAreItsLeadsAtEachStageNow() {
        assertThat(tables.table("pipeline-stages", null, "450100").orElseThrow().rows()).containsExactly(
                List.of("线索", "LEAD", 1L, 50_000_000L), List.of("在谈", "NEGOTIATING", 0L, 0L),
                List.of("意向", "INTENT", 1L, 100_000_000L), List.of("签约", "SIGNED", 1L, 200_000_000L),
                List.of("放弃", "DROPPED", 0L, 0L));
        Table everywhere = tables.table("pipeline-stages", null, null).orElseThrow();
        assertThat(everywhere.title()).isEqualTo("项目阶段 · 全部");
        assertThat(everywhere.rows()).extracting(row -> row.get(2)).containsExactly(1L, 1L, 1L, 2L, 1L);
        assertThat(tables.table("pipeline-stages", null, "430000").orElseThrow().rows())
                .as("a region without leads: every stage at 0, as intake answers").extracting(row -> row.get(2))
                .containsOnly(0L);
    }

    private static void assertFigures(PipelineFigures figures, long firms, Total leads, Total inNegotiation,
                                      long converted, long dropped, Double rate, Integer medianDays) {
        assertThat(figures.firmsContacted()).as(figures.scope() + " firms").isEqualTo(firms);
        assertThat(figures.leads()).as(figures.scope() + " leads").isEqualTo(leads);
        assertThat(figures.inNegotiation()).as(figures.scope() + " 在谈").isEqualTo(inNegotiation);
        assertThat(List.of(figures.converted(), figures.dropped())).as(figures.scope() + " converted, dropped")
                .containsExactly(converted, dropped);
        assertThat(figures.conversionRate()).as(figures.scope() + " rate").isEqualTo(rate);
        assertThat(figures.medianDaysToSigning()).as(figures.scope() + " median").isEqualTo(medianDays);
    }
}
