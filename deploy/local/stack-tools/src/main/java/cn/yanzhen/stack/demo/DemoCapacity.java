package cn.yanzhen.stack.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * 达产 in the demo (docs/contract.md §4.4): the first project the story put in production (by its reference) reports
 * that it reached its design capacity 90 days after production started, or today if that is sooner, so the figures show
 * one project at design capacity among those in production.
 */
public final class DemoCapacity {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int DAYS_TO_CAPACITY = 90;

    private DemoCapacity() {
    }

    /** The report to send, if the story put any project in production. */
    public static Optional<GuangxiStory.Step> report(List<GuangxiStory.Project> projects, GuangxiStory.Story story,
                                              LocalDate today) {
        Map<String, String> refs = projects.stream().collect(Collectors.toMap(GuangxiStory.Project::signingId,
                GuangxiStory.Project::externalRef));
        return story.reports().stream().filter(step -> "IN_PRODUCTION".equals(step.report().get("type").asText()))
                .min(Comparator.comparing(step -> refs.get(step.signingId())))
                .map(production -> {
                    LocalDate producing = LocalDate.parse(production.report().get("on").asText());
                    LocalDate reached = producing.plusDays(DAYS_TO_CAPACITY).isAfter(today) ? today
                            : producing.plusDays(DAYS_TO_CAPACITY);
                    return new GuangxiStory.Step(production.signingId(), JSON.createObjectNode()
                            .put("reportId", refs.get(production.signingId()) + "-DESIGN-CAPACITY")
                            .put("type", "REACHED_DESIGN_CAPACITY").put("on", reached.toString()));
                });
    }

    /** Its office sends the report; what the event's figures say of design capacity is printed. */
    static void play(String tracking, List<GuangxiStory.Project> projects, GuangxiStory.Story story, LocalDate today,
                     DemoActors actors) throws Exception {
        Map<String, String> destinations = projects.stream().collect(Collectors.toMap(
                GuangxiStory.Project::signingId, GuangxiStory.Project::destinationRegion));
        Optional<GuangxiStory.Step> step = report(projects, story, today);
        if (step.isPresent()) {
            DemoHttp.send(actors.office(destinations.get(step.get().signingId())), "POST", tracking + "/api/projects/"
                    + step.get().signingId() + "/progress", JSON.writeValueAsString(step.get().report()), null);
        }
        JsonNode cycle = JSON.readTree(DemoHttp.send(actors.monitor(), "GET", tracking + "/api/stats?event="
                + GuangxiDemo.EVENT_CODE, null, null)).path("cycleTimes");
        System.out.printf("  demo: 达产 %d project(s), %.1f %% of those in production, median %s days after production%n",
                cycle.path("productionToDesignCapacity").path("projects").asLong(),
                cycle.path("designCapacityRate").asDouble() * 100,
                cycle.path("productionToDesignCapacity").path("medianDays").asText());
    }
}
