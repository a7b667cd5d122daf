package cn.yanzhen.stack.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Comparator;
import java.util.Set;

/**
 * One of Beihai's projects made a key project (重大项目, contract §4.9) with its plan (一项一策): land granted in time, the
 * environmental assessment submitted but still not granted a year after it was due — the approval watch raises
 * APPROVAL_OVERDUE for it within ten minutes — and the construction permit due in 2027. Safe to play again: the same
 * plan and moves are 200.
 */
final class DemoKeyProjects {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BEIHAI = "450500";

    private DemoKeyProjects() {
    }

    /** The fourth of Beihai's open projects by reference (the first three keep the obstacle ledger). */
    static String project(java.util.List<GuangxiStory.Project> projects, GuangxiStory.Story story) {
        Set<String> ended = story.ended();
        return projects.stream().filter(project -> BEIHAI.equals(project.destinationRegion()))
                .filter(project -> project.repeatOf() == null && !ended.contains(project.signingId()))
                .sorted(Comparator.comparing(GuangxiStory.Project::externalRef)).skip(3).findFirst()
                .orElseThrow().signingId();
    }

    static void play(String tracking, String signingId, DemoActors actors) throws Exception {
        String office = actors.office(BEIHAI);
        String plan = tracking + "/api/projects/" + signingId + "/key-plan";
        ObjectNode body = JSON.createObjectNode().put("officer", "王敏（北海市投资促进局）");
        body.putArray("approvals").add(approval("LAND", "2025-09-30")).add(approval("ENVIRONMENT", "2025-11-30"))
                .add(approval("CONSTRUCTION_PERMIT", "2027-03-31"));
        DemoHttp.send(office, "PUT", plan, JSON.writeValueAsString(body), null);
        DemoHttp.send(office, "POST", plan + "/approvals/LAND", "{\"status\": \"GRANTED\", \"on\": \"2025-09-18\","
                + " \"note\": \"不动产权证已办结\"}", null);
        DemoHttp.send(office, "POST", plan + "/approvals/ENVIRONMENT", "{\"status\": \"SUBMITTED\", \"on\": \"2025-11-10\","
                + " \"note\": \"环评报告书已报送自治区生态环境厅\"}", null);
        JsonNode figures = JSON.readTree(DemoHttp.send(actors.monitor(), "GET", tracking + "/api/stats?region=" + BEIHAI,
                null, null)).get("keyProjects");
        System.out.printf("  demo: Beihai's key project %s: %d approval granted, %d open; the approval watch finds "
                        + "ENVIRONMENT (due 2025-11-30) late and raises APPROVAL_OVERDUE within ten minutes%n", signingId,
                figures.get("approvalsGranted").asLong(), figures.get("approvalsOpen").asLong());
    }

    private static ObjectNode approval(String kind, String dueOn) {
        return JSON.createObjectNode().put("kind", kind).put("dueOn", dueOn);
    }
}
