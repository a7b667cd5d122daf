package cn.yanzhen.contracts.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yanzhen.contracts.pipeline.PipelineFigures.Total;
import cn.yanzhen.contracts.pipeline.PipelineCount.LeadFacts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PipelineCountTest {

    private static final LocalDate FIRST_CONTACT = LocalDate.of(2025, 1, 6);

    /**
     * A pipeline shaped like 黔东南's monthly report: "对接企业812家", "在谈招商引资项目84个，总投资252.67亿元". 900 leads from
     * 812 firms (88 firms with a second project); 84 in negotiation (50 在谈, 34 意向): 83 of 3亿 and one of 3.67亿,
     * 252.67亿 in all; 23 signed, 30, 60, … 690 days after first contact; 37 dropped; the other 756 still 线索 of 1亿.
     */
    @Test
    void countsAPipelineShapedLikeQiandongnansReport() {
        List<LeadFacts> leads = new ArrayList<>();
        int firm = 0;
        for (int i = 0; i < 84; i++) {
            leads.add(lead("F" + firm++, i < 50 ? LeadStage.NEGOTIATING : LeadStage.INTENT,
                    i == 0 ? 367_000_000L : 300_000_000L, null));
        }
        for (int i = 1; i <= 23; i++) {
            leads.add(lead("F" + firm++, LeadStage.SIGNED, 500_000_000L, FIRST_CONTACT.plusDays(30L * i)));
        }
        for (int i = 0; i < 37; i++) {
            leads.add(lead("F" + firm++, LeadStage.DROPPED, 200_000_000L, null));
        }
        for (int i = 0; i < 756; i++) {
            leads.add(lead("F" + (i < 88 ? i : firm++), LeadStage.LEAD, 100_000_000L, null));
        }

        PipelineFigures figures = PipelineCount.of("region:522600", leads);

        assertThat(firm).isEqualTo(812);
        assertThat(figures.firmsContacted()).isEqualTo(812);
        assertThat(figures.leads()).isEqualTo(new Total(900, 25_267_000_000L + 11_500_000_000L + 7_400_000_000L
                + 75_600_000_000L));
        assertThat(figures.inNegotiation()).isEqualTo(new Total(84, 25_267_000_000L));
        assertThat(figures.byStage().get(LeadStage.NEGOTIATING)).isEqualTo(new Total(50, 15_067_000_000L));
        assertThat(figures.byStage().get(LeadStage.INTENT)).isEqualTo(new Total(34, 10_200_000_000L));
        assertThat(figures.byStage().get(LeadStage.LEAD)).isEqualTo(new Total(756, 75_600_000_000L));
        assertThat(figures.converted()).isEqualTo(23);
        assertThat(figures.dropped()).isEqualTo(37);
        assertThat(figures.conversionRate()).isEqualTo(23.0 / 60);
        assertThat(figures.medianDaysToSigning()).as("the 12th of 23: 12 × 30 days").isEqualTo(360);
    }

    @Test
    void anEmptyScopeHasEveryStageAtZeroAndNoRateOrMedian() {
        PipelineFigures figures = PipelineCount.of("all", List.of());

        assertThat(figures.byStage()).hasSize(LeadStage.values().length).allSatisfy((stage, total) ->
                assertThat(total).isEqualTo(Total.NONE));
        assertThat(figures.firmsContacted()).isZero();
        assertThat(figures.conversionRate()).isNull();
        assertThat(figures.medianDaysToSigning()).isNull();
    }

    @Test
    void theMedianOfAnEvenCountIsTheLowerMiddleByNearestRank() {
        PipelineFigures figures = PipelineCount.of("all", List.of(
                lead("A", LeadStage.SIGNED, 1, FIRST_CONTACT.plusDays(40)),
                lead("B", LeadStage.SIGNED, 1, FIRST_CONTACT.plusDays(10)),
                lead("C", LeadStage.SIGNED, 1, FIRST_CONTACT.plusDays(90)),
                lead("D", LeadStage.SIGNED, 1, FIRST_CONTACT.plusDays(20))));

        assertThat(figures.medianDaysToSigning()).isEqualTo(20);
        assertThat(figures.conversionRate()).isEqualTo(1.0);
    }

    private static LeadFacts lead(String firm, LeadStage stage, long yuan, LocalDate signedOn) {
        return new LeadFacts(firm, stage, yuan, FIRST_CONTACT, signedOn);
    }
}
