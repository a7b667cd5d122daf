package cn.yanzhen.stack.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Guangxi's reporting round (调度) of December 2025, opened afterwards by the provincial office, so the
 * round watch closes it soon after the demo loads. Beihai's office answers it for every one of its projects
 * that the story left without a report dated in December (NO_CHANGE); the other prefectures answer only
 * with what the story happened to report then, and the rest miss it.
 */
public final class DemoRound {

    public static final String CODE = "2025-12";
    public static final String SCOPE = "450000";
    static final String DILIGENT_OFFICE = "450500";
    static final LocalDate OPENS_ON = LocalDate.of(2025, 12, 1);
    static final LocalDate DUE_ON = LocalDate.of(2025, 12, 31);
    private static final ObjectMapper JSON = new ObjectMapper();

    private DemoRound() {
    }

    public static ObjectNode round() {
        return JSON.createObjectNode().put("code", CODE).put("scope", SCOPE).put("opensOn", OPENS_ON.toString())
                .put("dueOn", DUE_ON.toString());
    }

    /** Beihai's NO_CHANGE reports for its open projects without a report dated inside the round. */
    public static List<GuangxiStory.Step> answers(List<GuangxiStory.Project> projects, GuangxiStory.Story story) {
        Set<String> closed = story.ended();
        Set<String> answered = story.reports().stream().filter(DemoRound::datedInside)
                .map(GuangxiStory.Step::signingId).collect(Collectors.toSet());
        return projects.stream()
                .filter(project -> DILIGENT_OFFICE.equals(project.destinationRegion()) && project.repeatOf() == null)
                .filter(project -> !closed.contains(project.signingId()) && !answered.contains(project.signingId()))
                .map(project -> new GuangxiStory.Step(project.signingId(), JSON.createObjectNode()
                        .put("reportId", project.externalRef() + "-NO_CHANGE-" + CODE).put("type", "NO_CHANGE")
                        .put("on", DUE_ON.toString()).put("note", "项目前期工作推进中，本期无新进展")))
                .toList();
    }

    private static boolean datedInside(GuangxiStory.Step step) {
        String date = step.report().path(step.report().has("asOf") ? "asOf" : "on").asText(null);
        return date != null && !LocalDate.parse(date).isBefore(OPENS_ON) && !LocalDate.parse(date).isAfter(DUE_ON);
    }

    /** Beihai answers December's round, then Guangxi's office opens it; the round watch closes it soon after. */
    static void play(String tracking, List<GuangxiStory.Step> answers, DemoActors actors) throws Exception {
        String beihai = actors.office(DILIGENT_OFFICE);
        for (GuangxiStory.Step answer : answers) {
            DemoHttp.send(beihai, "POST", tracking + "/api/projects/" + answer.signingId() + "/progress",
                    JSON.writeValueAsString(answer.report()), null);
        }
        JsonNode round = JSON.readTree(DemoHttp.send(actors.office(SCOPE), "POST", tracking + "/api/rounds",
                JSON.writeValueAsString(round()), null));
        System.out.printf("  demo: reporting round %s over Guangxi opened (%s to %s), %d NO_CHANGE from Beihai:"
                        + " %d of %d projects reported (%s); the round watch closes it within a minute%n",
                CODE, round.get("opensOn").asText(), round.get("dueOn").asText(), answers.size(),
                round.get("reported").asLong(), round.get("due").asLong(), round.get("rate").asText());
    }
}
