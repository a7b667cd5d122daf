package cn.yanzhen.stack.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DemoOutcomesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    @Test
    void quartersSinceProductionAreTheLastTwoThatEnded() {
        // 2026-Q3 ended on 2026-09-30; 2026-Q4 has not ended on 2026-12-02
        assertThat(DemoOutcomes.endedQuartersSince(LocalDate.of(2025, 11, 20), TODAY))
                .containsExactly("2026-Q2", "2026-Q3");
        assertThat(DemoOutcomes.endedQuartersSince(LocalDate.of(2026, 9, 30), TODAY)).containsExactly("2026-Q3");
        assertThat(DemoOutcomes.endedQuartersSince(LocalDate.of(2026, 10, 1), TODAY)).isEmpty();
        assertThat(DemoOutcomes.endedQuartersSince(LocalDate.of(2026, 10, 1), LocalDate.of(2027, 1, 1)))
                .containsExactly("2026-Q4");
    }

    @Test
    void producingProjectsReportTheirQuartersOneIsShortTwiceAndOneCorrects() {
        List<GuangxiStory.Project> projects = new ArrayList<>();
        Map<String, Long> promised = GuangxiDemo.signings().stream().collect(Collectors.toMap(
                signing -> "id-" + signing.get("externalRef").asText(), signing -> signing.get("expectedJobs").asLong()));
        for (ObjectNode signing : GuangxiDemo.signings()) {
            projects.add(new GuangxiStory.Project(signing.get("externalRef").asText(),
                    "id-" + signing.get("externalRef").asText(), signing.get("destinationRegion").asText(),
                    LocalDate.parse(signing.get("signedOn").asText()), signing.get("investmentYuan").asLong(), null));
        }
        GuangxiStory.Story story = GuangxiStory.of(projects, TODAY);
        Set<String> producing = story.reports().stream()
                .filter(step -> "IN_PRODUCTION".equals(step.report().get("type").asText()))
                .map(GuangxiStory.Step::signingId).collect(Collectors.toSet());

        List<GuangxiStory.Step> reports = DemoOutcomes.reports(projects, story, TODAY);

        assertThat(reports).isNotEmpty().allSatisfy(step -> {
            assertThat(producing).contains(step.signingId());
            assertThat(step.report().get("type").asText()).isEqualTo("OUTCOME");
            assertThat(step.report().get("period").asText()).matches("\\d{4}-Q[1-4]");
        });
        // below half of the promise: only the one project meant to be short, in both of its quarters
        Map<String, Long> shortQuarters = reports.stream()
                .filter(step -> step.report().get("jobs").asLong() * 2 < promised.get(step.signingId()))
                .collect(Collectors.groupingBy(GuangxiStory.Step::signingId, Collectors.counting()));
        assertThat(shortQuarters).hasSize(1).containsValue(2L);
        List<GuangxiStory.Step> corrections = reports.stream()
                .filter(step -> step.report().path("correction").asBoolean()).toList();
        assertThat(corrections).hasSize(1);
        assertThat(corrections.get(0).report().get("reason").asText()).isEqualTo(DemoOutcomes.CORRECTION);
        assertThat(reports.get(reports.size() - 1)).isSameAs(corrections.get(0));
        assertThat(reports.stream().map(step -> step.report().get("reportId").asText()).distinct()).hasSize(reports.size());
    }
}
