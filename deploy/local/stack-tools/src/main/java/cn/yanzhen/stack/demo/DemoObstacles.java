package cn.yanzhen.stack.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Beihai's ledger of difficulties (企业困难问题台账) for three of its open projects: a power connection resolved in 21
 * days, land handover in progress since ten days ago, and a working-capital loan open since November 2025, long
 * enough for tracking's obstacle watch to raise OBSTACLE_UNRESOLVED. Safe to play again: each obstacle and move is
 * the same request, answered 200, except on another day, when the land obstacle's dates differ and the one recorded
 * by the earlier run (409) is left as it is.
 */
public final class DemoObstacles {

    static final String OFFICE = "450500";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One obstacle of one project and the moves its office makes, in order. */
    public record Entry(String signingId, ObjectNode obstacle, List<ObjectNode> moves) {

        String id() {
            return obstacle.get("obstacleId").asText();
        }
    }

    private DemoObstacles() {
    }

    /** The ledger: the first three of Beihai's projects (by reference) that are neither repeats nor ended. */
    public static List<Entry> ledger(List<GuangxiStory.Project> projects, GuangxiStory.Story story, LocalDate today) {
        Set<String> ended = story.ended();
        List<GuangxiStory.Project> open = projects.stream()
                .filter(project -> OFFICE.equals(project.destinationRegion()) && project.repeatOf() == null)
                .filter(project -> !ended.contains(project.signingId()))
                .sorted(Comparator.comparing(GuangxiStory.Project::externalRef)).limit(3).toList();
        List<Entry> ledger = new ArrayList<>();
        ledger.add(new Entry(open.get(0).signingId(), obstacle(open.get(0), "POWER", "园区110千伏变电站未投运，项目用电负荷无法接入",
                "北海市发展和改革委员会", LocalDate.of(2025, 9, 1)), List.of(
                move("IN_PROGRESS", LocalDate.of(2025, 9, 5), "已协调供电公司现场勘查"),
                move("RESOLVED", LocalDate.of(2025, 9, 22), "供电公司架设临时专线，9月22日送电"))));
        ledger.add(new Entry(open.get(1).signingId(), obstacle(open.get(1), "LAND", "项目用地征收补偿未完成，无法按期交地",
                "北海市自然资源局", today.minusDays(10)), List.of(
                move("IN_PROGRESS", today.minusDays(7), "已列入市重点项目用地保障清单，专班推进"))));
        ledger.add(new Entry(open.get(2).signingId(), obstacle(open.get(2), "FINANCING", "流动资金贷款审批未通过，设备采购延后",
                "北海市地方金融管理局", LocalDate.of(2025, 11, 3)), List.of()));
        return ledger;
    }

    /** Beihai's office records each obstacle and its moves. */
    static void play(String tracking, List<Entry> ledger, DemoActors actors) throws Exception {
        String beihai = actors.office(OFFICE);
        for (Entry entry : ledger) {
            String obstacles = tracking + "/api/projects/" + entry.signingId() + "/obstacles";
            HttpResponse<String> recorded = DemoHttp.exchange(beihai, "POST", obstacles,
                    JSON.writeValueAsString(entry.obstacle()));
            if (recorded.statusCode() == 409) {
                continue;
            }
            if (recorded.statusCode() >= 300) {
                throw new IllegalStateException("recording obstacle " + entry.id() + " failed: HTTP "
                        + recorded.statusCode() + " " + recorded.body());
            }
            for (ObjectNode move : entry.moves()) {
                DemoHttp.send(beihai, "POST", obstacles + "/" + entry.id() + "/transitions",
                        JSON.writeValueAsString(move), null);
            }
        }
        JsonNode figures = JSON.readTree(DemoHttp.send(actors.monitor(), "GET", tracking + "/api/stats?region="
                + OFFICE, null, null)).get("obstacles");
        System.out.printf("  demo: Beihai's obstacle ledger: %d obstacles open (the oldest since %s), %d resolved"
                        + " (median %s days); the obstacle watch raises OBSTACLE_UNRESOLVED for %s within ten"
                        + " minutes%n", figures.at("/open/count").asLong(), figures.at("/open/oldestSince").asText(),
                figures.get("resolved").asLong(), figures.get("medianDaysToResolve").asText(), ledger.get(2).id());
    }

    private static ObjectNode obstacle(GuangxiStory.Project project, String category, String description,
                                       String department, LocalDate openedOn) {
        return JSON.createObjectNode().put("obstacleId", project.externalRef() + "-" + category)
                .put("category", category).put("description", description).put("department", department)
                .put("openedOn", openedOn.toString());
    }

    private static ObjectNode move(String status, LocalDate on, String note) {
        return JSON.createObjectNode().put("status", status).put("on", on.toString()).put("note", note);
    }
}
