package cn.yanzhen.stack.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Outcomes after production in the demo (docs/contract.md §4.4.2): each project the story put in production reports
 * the last two quarters that ended since it did, with jobs a share of what its signing promised, output value and
 * tax. The first such project with two quarters employs barely a third of its promise in both and so raises
 * JOBS_SHORTFALL; another corrects its latest quarter's tax. The same story always gives the same outcomes.
 */
public final class DemoOutcomes {

    public static final String CORRECTION = "税务部门核定后更正本季度入库税额";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final double SHORT = 0.35;

    private DemoOutcomes() {
    }

    /** The OUTCOME reports to send, in order: per producing project its quarters oldest first, then the correction. */
    public static List<GuangxiStory.Step> reports(List<GuangxiStory.Project> projects, GuangxiStory.Story story,
                                                  LocalDate today) {
        Random random = new Random(20261001L);
        Map<String, Long> promised = GuangxiDemo.signings().stream().collect(Collectors.toMap(
                signing -> signing.get("externalRef").asText(), signing -> signing.get("expectedJobs").asLong()));
        Map<String, GuangxiStory.Project> byId = projects.stream()
                .collect(Collectors.toMap(GuangxiStory.Project::signingId, Function.identity()));
        List<GuangxiStory.Step> reports = new ArrayList<>();
        boolean shortfallGiven = false;
        GuangxiStory.Step toCorrect = null;
        for (GuangxiStory.Step production : story.reports().stream()
                .filter(step -> "IN_PRODUCTION".equals(step.report().get("type").asText()))
                .sorted(Comparator.comparing(step -> byId.get(step.signingId()).externalRef())).toList()) {
            GuangxiStory.Project project = byId.get(production.signingId());
            List<String> quarters = endedQuartersSince(LocalDate.parse(production.report().get("on").asText()), today);
            // with fewer than 10 promised, a third of the promise may round to half of it
            boolean shortfall = !shortfallGiven && quarters.size() == 2 && promised.get(project.externalRef()) >= 10;
            shortfallGiven |= shortfall;
            for (String quarter : quarters) {
                double share = shortfall ? SHORT : 0.65 + random.nextDouble() * 0.4;
                long output = Math.round(project.investmentYuan() * (0.04 + random.nextDouble() * 0.05) / 10_000)
                        * 10_000;
                ObjectNode report = JSON.createObjectNode().put("reportId", project.externalRef() + "-OUTCOME-"
                        + quarter).put("type", "OUTCOME").put("period", quarter)
                        .put("jobs", Math.round(promised.get(project.externalRef()) * share))
                        .put("outputValueYuan", output).put("taxPaidYuan", Math.round(output * 0.05 / 1_000) * 1_000);
                reports.add(new GuangxiStory.Step(project.signingId(), report));
            }
            if (!shortfall && toCorrect == null && !quarters.isEmpty()) {
                toCorrect = reports.get(reports.size() - 1);
            }
        }
        if (toCorrect != null) {
            ObjectNode correction = toCorrect.report().deepCopy();
            correction.put("reportId", correction.get("reportId").asText() + "-R")
                    .put("taxPaidYuan", Math.round(correction.get("taxPaidYuan").asLong() * 1.08 / 1_000) * 1_000)
                    .put("correction", true).put("reason", CORRECTION);
            reports.add(new GuangxiStory.Step(toCorrect.signingId(), correction));
        }
        return reports;
    }

    /** The quarters that ended after {@code producingOn}'s quarter began and before today, at most the last two. */
    static List<String> endedQuartersSince(LocalDate producingOn, LocalDate today) {
        List<String> quarters = new ArrayList<>();
        LocalDate start = producingOn.withDayOfMonth(1).withMonth((producingOn.getMonthValue() - 1) / 3 * 3 + 1);
        for (LocalDate quarter = start; !quarter.plusMonths(3).isAfter(today); quarter = quarter.plusMonths(3)) {
            quarters.add(quarter.getYear() + "-Q" + ((quarter.getMonthValue() - 1) / 3 + 1));
        }
        return quarters.subList(Math.max(0, quarters.size() - 2), quarters.size());
    }

    /** Each office sends its projects' outcomes; what the event's latest quarter adds up to is printed. */
    static void play(String tracking, List<GuangxiStory.Project> projects, GuangxiStory.Story story, LocalDate today,
                     DemoActors actors) throws Exception {
        Map<String, String> destinations = projects.stream().collect(Collectors.toMap(
                GuangxiStory.Project::signingId, GuangxiStory.Project::destinationRegion));
        List<GuangxiStory.Step> reports = reports(projects, story, today);
        for (GuangxiStory.Step step : reports) {
            DemoHttp.send(actors.office(destinations.get(step.signingId())), "POST", tracking + "/api/projects/"
                    + step.signingId() + "/progress", JSON.writeValueAsString(step.report()), null);
        }
        JsonNode latest = JSON.readTree(DemoHttp.send(actors.monitor(), "GET", tracking + "/api/stats?event="
                + GuangxiDemo.EVENT_CODE, null, null)).path("outcomes").path(0);
        List<String> producing = reports.stream().map(GuangxiStory.Step::signingId).distinct().toList();
        List<String> shortfalls = new ArrayList<>();
        for (String signingId : producing) {
            JsonNode project = JSON.readTree(DemoHttp.send(actors.monitor(), "GET", tracking + "/api/projects/"
                    + signingId, null, null));
            project.path("alerts").forEach(alert -> {
                if ("JOBS_SHORTFALL".equals(alert.path("code").asText())) {
                    shortfalls.add(project.path("signingId").asText() + " (" + alert.path("detail").asText() + ")");
                }
            });
        }
        System.out.printf("  demo: %d OUTCOME reports (1 corrected) from %d projects in production; %s: %d jobs of %d"
                        + " promised, %.1f million yuan output, %.2f million yuan tax; JOBS_SHORTFALL: %s%n",
                reports.size(), producing.size(), latest.path("period").asText(), latest.path("jobs").asLong(),
                latest.path("expectedJobs").asLong(), latest.path("outputValueYuan").asLong() / 1e6,
                latest.path("taxPaidYuan").asLong() / 1e6, shortfalls.isEmpty() ? "none" : String.join(", ", shortfalls));
    }
}
