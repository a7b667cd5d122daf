package cn.yanzhen.stack.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemoCapacityTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    @Test
    void theFirstProducingProjectReachesDesignCapacityNinetyDaysLaterOrToday() {
        List<GuangxiStory.Project> projects = GuangxiDemo.signings().stream().map(signing -> new GuangxiStory.Project(
                signing.get("externalRef").asText(), "id-" + signing.get("externalRef").asText(),
                signing.get("destinationRegion").asText(), LocalDate.parse(signing.get("signedOn").asText()),
                signing.get("investmentYuan").asLong(), null)).toList();
        GuangxiStory.Story story = GuangxiStory.of(projects, TODAY);

        GuangxiStory.Step step = DemoCapacity.report(projects, story, TODAY).orElseThrow();
        GuangxiStory.Step production = story.reports().stream().filter(s -> s.signingId().equals(step.signingId()))
                .filter(s -> "IN_PRODUCTION".equals(s.report().get("type").asText())).findFirst().orElseThrow();
        LocalDate producing = LocalDate.parse(production.report().get("on").asText());

        assertThat(step.report().get("type").asText()).isEqualTo("REACHED_DESIGN_CAPACITY");
        assertThat(LocalDate.parse(step.report().get("on").asText()))
                .isEqualTo(producing.plusDays(90).isAfter(TODAY) ? TODAY : producing.plusDays(90));
        assertThat(DemoCapacity.report(projects, story, producing).orElseThrow().report().get("on").asText())
                .isEqualTo(producing.toString());
    }

    @Test
    void everySeventhSigningPromisesOutputAndTaxAndEveryFourteenthACapacity() {
        List<ObjectNode> signings = GuangxiDemo.signings();
        assertThat(signings).filteredOn(signing -> signing.has("promise")).hasSize(GuangxiDemo.SIGNINGS / 7);
        ObjectNode fourteenth = signings.get(13);
        assertThat(fourteenth.at("/promise/capacityUnit").asText()).isEqualTo("吨/年");
        assertThat(fourteenth.at("/promise/annualOutputYuan").asLong())
                .isEqualTo(Math.round(fourteenth.get("investmentYuan").asLong() * 1.2 / 10_000) * 10_000);
        assertThat(LocalDate.parse(fourteenth.at("/promise/fullProductionBy").asText()))
                .isEqualTo(LocalDate.parse(fourteenth.get("plannedCommencement").asText()).plusYears(2));
        assertThat(signings.get(6).at("/promise/designCapacity").isMissingNode()).isTrue();
    }
}
