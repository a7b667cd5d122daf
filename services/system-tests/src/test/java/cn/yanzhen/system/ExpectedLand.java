package cn.yanzhen.system;

import cn.yanzhen.contracts.tracking.LandFigures;
import cn.yanzhen.stack.demo.DemoOutcomes;
import cn.yanzhen.stack.demo.GuangxiDemo;
import cn.yanzhen.stack.demo.GuangxiStory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The demo event's land (docs/contract.md §4.5.7) from what was sent: the land its open signings stated (neither
 * withdrawn nor cancelled), in whole m², with their investment; per quarter, over the OUTCOME reports of projects with
 * land (a correction replacing the figures before it), their land, output and tax, the latest quarter first.
 */
final class ExpectedLand {

    private ExpectedLand() {
    }

    static void add(ObjectNode figures, List<GuangxiStory.Project> projects, Set<String> open, GuangxiStory.Story story,
                    LocalDate today) {
        Map<String, JsonNode> sentByRef = GuangxiDemo.signings().stream().collect(Collectors.toMap(
                signing -> signing.get("externalRef").asText(), signing -> signing));
        Map<String, Long> squareMetres = projects.stream().collect(Collectors.toMap(GuangxiStory.Project::signingId,
                project -> LandFigures.squareMetres(sentByRef.get(project.externalRef()).path("landHa").asDouble())));
        List<GuangxiStory.Project> withLand = projects.stream().filter(project -> open.contains(project.signingId()))
                .filter(project -> squareMetres.get(project.signingId()) > 0).toList();
        Map<String, ObjectNode> standing = new LinkedHashMap<>();
        for (GuangxiStory.Step step : DemoOutcomes.reports(projects, story, today)) {
            if (squareMetres.get(step.signingId()) > 0) {
                standing.put(step.signingId() + " " + step.report().get("period").asText(), step.report());
            }
        }
        Map<String, List<Map.Entry<String, ObjectNode>>> byPeriod = standing.entrySet().stream().collect(
                Collectors.groupingBy(entry -> entry.getValue().get("period").asText()));
        List<LandFigures.PeriodYield> periods = byPeriod.keySet().stream().sorted(Comparator.reverseOrder())
                .map(period -> {
                    List<Map.Entry<String, ObjectNode>> reports = byPeriod.get(period);
                    long land = reports.stream().mapToLong(entry -> squareMetres.get(entry.getKey().split(" ")[0]))
                            .sum();
                    return LandFigures.PeriodYield.of(period, reports.size(), land, sum(reports, "outputValueYuan"),
                            sum(reports, "taxPaidYuan"));
                }).toList();
        LandFigures land = LandFigures.of(withLand.size(),
                withLand.stream().mapToLong(project -> squareMetres.get(project.signingId())).sum(),
                withLand.stream().mapToLong(GuangxiStory.Project::investmentYuan).sum(), periods);
        ObjectNode node = figures.putObject("land").put("projects", land.projects()).put("takenMu", land.takenMu())
                .put("investmentYuan", land.investmentYuan())
                .put("investmentPerMuWanYuan", land.investmentPerMuWanYuan());
        ArrayNode rows = node.putArray("periods");
        for (LandFigures.PeriodYield period : land.periods()) {
            rows.addObject().put("period", period.period()).put("projects", period.projects())
                    .put("landMu", period.landMu()).put("outputValueYuan", period.outputValueYuan())
                    .put("taxPaidYuan", period.taxPaidYuan()).put("outputPerMuWanYuan", period.outputPerMuWanYuan())
                    .put("taxPerMuWanYuan", period.taxPerMuWanYuan());
        }
    }

    private static long sum(List<Map.Entry<String, ObjectNode>> reports, String field) {
        return reports.stream().mapToLong(entry -> entry.getValue().get(field).asLong()).sum();
    }
}
