package cn.yanzhen.system;

import cn.yanzhen.stack.demo.DemoOutcomes;
import cn.yanzhen.stack.demo.GuangxiDemo;
import cn.yanzhen.stack.demo.GuangxiStory;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The demo event's outcomes per period (docs/contract.md §4.5.3) from the OUTCOME reports the demo sent: for each
 * project and quarter its last report (a correction replaces the figures before it), summed per quarter, against the
 * expectedJobs of the demo's signings; the latest quarter first.
 */
final class ExpectedOutcomes {

    private ExpectedOutcomes() {
    }

    static void add(ObjectNode figures, List<GuangxiStory.Project> projects, GuangxiStory.Story story, LocalDate today) {
        Map<String, Long> promisedByRef = GuangxiDemo.signings().stream().collect(Collectors.toMap(
                signing -> signing.get("externalRef").asText(), signing -> signing.get("expectedJobs").asLong()));
        Map<String, Long> promised = projects.stream().collect(Collectors.toMap(GuangxiStory.Project::signingId,
                project -> promisedByRef.get(project.externalRef())));
        Map<String, ObjectNode> standing = new LinkedHashMap<>();
        for (GuangxiStory.Step step : DemoOutcomes.reports(projects, story, today)) {
            standing.put(step.signingId() + " " + step.report().get("period").asText(), step.report());
        }
        Map<String, List<Map.Entry<String, ObjectNode>>> byPeriod = standing.entrySet().stream().collect(
                Collectors.groupingBy(entry -> entry.getValue().get("period").asText()));
        ArrayNode rows = figures.putArray("outcomes");
        // the demo reports quarters only, "YYYY-Qn", whose text sorts as their dates do
        byPeriod.keySet().stream().sorted(Comparator.reverseOrder()).forEach(period -> {
            List<Map.Entry<String, ObjectNode>> reports = byPeriod.get(period);
            long jobs = sum(reports, "jobs");
            long expected = reports.stream().mapToLong(entry -> promised.get(entry.getKey().split(" ")[0])).sum();
            rows.addObject().put("period", period).put("projects", reports.size()).put("jobs", jobs)
                    .put("outputValueYuan", sum(reports, "outputValueYuan"))
                    .put("taxPaidYuan", sum(reports, "taxPaidYuan")).put("projectsWithExpectedJobs", reports.size())
                    .put("expectedJobs", expected).put("jobsAgainstExpected", jobs)
                    .put("jobsShareOfExpected", expected == 0 ? 0 : BigDecimal.valueOf(jobs)
                            .divide(BigDecimal.valueOf(expected), 4, RoundingMode.HALF_UP).doubleValue());
        });
    }

    private static long sum(List<Map.Entry<String, ObjectNode>> reports, String field) {
        return reports.stream().mapToLong(entry -> entry.getValue().get(field).asLong()).sum();
    }
}
