package cn.yanzhen.system;

import static cn.yanzhen.platform.testing.Tokens.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.yanzhen.contracts.Topics;
import cn.yanzhen.contracts.tracking.KeyProjectFigures;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The fault suite's share of the key projects (docs/contract.md §4.9): plans marked, changed and their approvals
 * moved while tracking is killed, each request sent again until accepted (the same request again answers 200 and
 * changes nothing); with the figures and the events they must leave, worked out from what was sent.
 */
final class KeyPlanLoad {

    /** Key projects in a park, and as many in none. */
    static final int IN_PARKS = 20;
    private static final Duration WAIT = Duration.ofMinutes(5);

    /** A request to tracking under /api/projects/{signingId}/key-plan. */
    record Request(String signingId, String method, String path, ObjectNode body) {
    }

    private final List<Request> requests = new ArrayList<>();
    /** Per signing id: its park (null when none), and each approval's final status by kind. */
    private final Map<String, String> parkOf = new HashMap<>();
    private final Map<String, Map<String, String>> finalStatus = new TreeMap<>();
    private final Map<String, String> finalOfficer = new HashMap<>();

    private KeyPlanLoad() {
    }

    /** Plans for the first {@link #IN_PARKS} signings given that name a park and as many that name none. */
    static KeyPlanLoad of(List<JsonNode> untouched) {
        KeyPlanLoad load = new KeyPlanLoad();
        Stream.concat(untouched.stream().filter(KeyPlanLoad::inPark).limit(IN_PARKS),
                        untouched.stream().filter(signing -> !inPark(signing)).limit(IN_PARKS))
                .forEach(signing -> load.plan(signing, load.finalStatus.size()));
        assertThat(load.finalStatus).hasSize(2 * IN_PARKS);
        return load;
    }

    /**
     * Plan k: LAND, PLANNING and ENVIRONMENT due in 2030; k % 4 == 0 submits and grants LAND; 1 grants PLANNING at once;
     * 2 changes officer and plan (ENVIRONMENT dropped, ENERGY added) and submits ENERGY; 3 submits ENVIRONMENT.
     */
    private void plan(JsonNode signing, int k) {
        String id = signing.get("id").asText();
        parkOf.put(id, inPark(signing) ? signing.get("parkCode").asText() : null);
        Map<String, String> status = new LinkedHashMap<>();
        String officer = "故障注入测试专员" + k;
        requests.add(new Request(id, "PUT", "", plan(officer, status, "LAND", "PLANNING", "ENVIRONMENT")));
        switch (k % 4) {
            case 0 -> {
                move(id, status, "LAND", "SUBMITTED", "2025-09-01");
                move(id, status, "LAND", "GRANTED", "2025-10-01");
            }
            case 1 -> move(id, status, "PLANNING", "GRANTED", "2025-09-15");
            case 2 -> {
                status.clear();
                officer = "故障注入测试专员" + k + "（接任）";
                requests.add(new Request(id, "PUT", "", plan(officer, status, "LAND", "PLANNING", "ENERGY")));
                move(id, status, "ENERGY", "SUBMITTED", "2025-11-03");
            }
            default -> move(id, status, "ENVIRONMENT", "SUBMITTED", "2025-08-20");
        }
        finalStatus.put(id, status);
        finalOfficer.put(id, officer);
    }

    private static boolean inPark(JsonNode signing) {
        return signing.path("parkCode").isTextual();
    }

    private static ObjectNode plan(String officer, Map<String, String> status, String... kinds) {
        ObjectNode plan = BadRequests.JSON.createObjectNode().put("officer", officer);
        for (String kind : kinds) {
            int month = status.size() + 1;
            plan.withArray("approvals").addObject().put("kind", kind).put("dueOn", "2030-0" + month + "-28");
            status.put(kind, "NEEDED");
        }
        return plan;
    }

    private void move(String id, Map<String, String> status, String kind, String to, String on) {
        requests.add(new Request(id, "POST", "/approvals/" + kind, BadRequests.JSON.createObjectNode().put("status", to)
                .put("on", on).put("note", "故障注入测试：" + kind + " " + to)));
        status.put(kind, to);
    }

    /** The requests in order, each sent until tracking accepts it; to run beside the suite's other tracking load. */
    void send(RunningServices services) {
        requests.forEach(request -> await().atMost(WAIT).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(200))
                .ignoreExceptions().until(() -> {
                    int status = asAdmin().baseUri(services.url("tracking")).contentType("application/json")
                            .body(request.body().toString())
                            .request(request.method(), "/api/projects/" + request.signingId() + "/key-plan"
                                    + request.path()).statusCode();
                    if (status / 100 == 4) {
                        throw new AssertionError(request + " refused with " + status);
                    }
                    return status / 100 == 2;
                }));
    }

    /** Marks, plan changes and approval moves: each one change, published once. */
    int changes() {
        return requests.size();
    }

    /** The key projects' figures in a scope counting the plans of {@code signingIds}. */
    private KeyProjectFigures figuresOf(List<String> signingIds) {
        long granted = signingIds.stream().flatMap(id -> finalStatus.get(id).values().stream())
                .filter("GRANTED"::equals).count();
        long approvals = signingIds.stream().mapToLong(id -> finalStatus.get(id).size()).sum();
        return new KeyProjectFigures(signingIds.size(), granted, approvals - granted, 0);
    }

    /** Each park's key projects as sent. */
    Map<String, KeyProjectFigures> figuresByPark() {
        Map<String, List<String>> byPark = new TreeMap<>();
        parkOf.forEach((id, park) -> {
            if (park != null) {
                byPark.computeIfAbsent(park, p -> new ArrayList<>()).add(id);
            }
        });
        Map<String, KeyProjectFigures> figures = new TreeMap<>();
        byPark.forEach((park, ids) -> figures.put(park, figuresOf(ids)));
        return figures;
    }

    /**
     * The event's and the nation's key projects as sent (nothing is late: every approval is due in 2030), and each
     * change on {@code yanzhen.key-projects} once, the last one per project the plan as sent and as stored.
     */
    long verify(RunningServices services, String kafka, JsonNode event, JsonNode national) throws Exception {
        KeyProjectFigures expected = figuresOf(List.copyOf(finalStatus.keySet()));
        assertThat(expected).isEqualTo(new KeyProjectFigures(2 * IN_PARKS, IN_PARKS, 5 * IN_PARKS, 0));
        for (JsonNode figures : List.of(event, national)) {
            assertThat(BadRequests.JSON.treeToValue(figures.get("keyProjects"), KeyProjectFigures.class))
                    .as("key projects of %s", figures.get("scope").asText()).isEqualTo(expected);
        }
        PublishedOnce published = PublishedOnce.read(kafka, Topics.KEY_PROJECTS.name(), changes());
        assertThat(published.lastByKey().keySet()).isEqualTo(finalStatus.keySet());
        for (Map.Entry<String, JsonNode> plan : published.lastByKey().entrySet()) {
            JsonNode stored = BadRequests.JSON.readTree(asAdmin().baseUri(services.url("tracking"))
                    .get("/api/projects/" + plan.getKey() + "/key-plan").asString());
            for (JsonNode compared : List.of(plan.getValue(), stored)) {
                assertThat(compared.get("officer").asText()).isEqualTo(finalOfficer.get(plan.getKey()));
                assertThat(statusByKind(compared)).as("plan of %s", plan.getKey())
                        .isEqualTo(finalStatus.get(plan.getKey()));
            }
            assertThat(plan.getValue().get("approvals")).isEqualTo(stored.get("approvals"));
        }
        return published.records();
    }

    private static Map<String, String> statusByKind(JsonNode plan) {
        Map<String, String> status = new LinkedHashMap<>();
        plan.get("approvals").forEach(approval -> status.put(approval.get("kind").asText(),
                approval.get("status").asText()));
        return status;
    }
}
