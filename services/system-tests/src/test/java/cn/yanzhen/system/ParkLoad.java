package cn.yanzhen.system;

import static cn.yanzhen.platform.testing.Tokens.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.yanzhen.contracts.Topics;
import cn.yanzhen.contracts.tracking.KeyProjectFigures;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

/**
 * The fault suite's share of the parks (docs/contract.md §4.1.5, §4.5): a park in each region, registered before the
 * batch; a slice of the batch names them with its land; the province renames them and gives out their land while
 * intake and then the broker are killed, each change sent again until answered; with each park's figures and events
 * worked out from what was sent.
 */
final class ParkLoad {

    /** Batch rows [FIRST_NAMING, FIRST_NAMING + NAMING) name their region's park: 100 a park. */
    static final int FIRST_NAMING = 4_000;
    static final int NAMING = 500;
    private static final Duration WAIT = Duration.ofMinutes(5);

    /** What a park's figures must show, over the signings naming it that count there (not linked as repeats). */
    private static final class Expected {
        long signed;
        long signedYuan;
        long squareMetres;
        long repeats;
        long repeatsYuan;
        KeyProjectFigures keyProjects = new KeyProjectFigures(0, 0, 0, 0);
    }

    private final Map<String, ObjectNode> lastSent = new TreeMap<>();
    /** Per round, per park, the changes sent in that round, in order. */
    private final List<Map<String, List<ObjectNode>>> rounds = List.of(new TreeMap<>(), new TreeMap<>());
    /** The batch's signings naming a park, by external reference. */
    private final Map<String, JsonNode> namingSignings = new HashMap<>();

    private ParkLoad() {
    }

    /** Registers a park in each of {@code regions}, with its later changes planned: two in round 0, one in round 1. */
    static ParkLoad register(RunningServices services, List<String> regions) {
        ParkLoad load = new ParkLoad();
        for (String region : regions) {
            String code = code(region);
            ObjectNode park = BadRequests.JSON.createObjectNode().put("name", "故障注入测试园区" + region)
                    .put("region", region).put("level", "MUNICIPAL").put("plannedLandMu", 30_000)
                    .put("availableLandMu", 20_000.5).put("partner", "440300");
            park.putArray("priorityIndustries").add("38").add("13");
            asAdmin().baseUri(services.url("intake")).contentType("application/json").body(park.toString())
                    .put("/api/parks/" + code).then().statusCode(201);
            ObjectNode given = park.deepCopy().put("availableLandMu", 18_500.25);
            ObjectNode renamed = given.deepCopy().put("name", "故障注入测试共建产业园" + region);
            ObjectNode raised = renamed.deepCopy().put("level", "PROVINCIAL").put("availableLandMu", 17_000);
            load.rounds.get(0).put(code, List.of(given, renamed));
            load.rounds.get(1).put(code, List.of(raised));
            load.lastSent.put(code, raised);
        }
        return load;
    }

    private static String code(String region) {
        return "FI-" + region;
    }

    /** The batch with its rows {@link #FIRST_NAMING}… naming their destination's park. */
    ArrayNode naming(ArrayNode batch) {
        for (int i = FIRST_NAMING; i < FIRST_NAMING + NAMING; i++) {
            ObjectNode signing = (ObjectNode) batch.get(i);
            signing.put("parkCode", code(signing.get("destinationRegion").asText()));
            namingSignings.put(signing.get("externalRef").asText(), signing);
        }
        return batch;
    }

    /** Sends a round's changes, the parks side by side, each change until intake answers. */
    CompletableFuture<Void> changeAsync(RunningServices services, int round) {
        return CompletableFuture.allOf(rounds.get(round).entrySet().stream().map(park -> CompletableFuture.runAsync(
                () -> park.getValue().forEach(body -> putUntilAnswered(services, park.getKey(), body))))
                .toArray(CompletableFuture[]::new));
    }

    private static void putUntilAnswered(RunningServices services, String code, ObjectNode body) {
        await().atMost(WAIT).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(200)).ignoreExceptions().until(() -> {
            int status = asAdmin().baseUri(services.url("intake")).contentType("application/json").body(body.toString())
                    .put("/api/parks/" + code).statusCode();
            if (status / 100 == 4) {
                throw new AssertionError("park " + code + " refused with " + status + ": " + body);
            }
            return status == 200;
        });
    }

    /** Registrations and changes, each published once. */
    int changes() {
        return lastSent.size() + rounds.stream().flatMap(round -> round.values().stream()).mapToInt(List::size).sum();
    }

    /**
     * Each park's figures as its signings were sent, those linked as repeats ({@code repeats}, by external reference)
     * counting only there; its key projects as {@code keyPlans} left them; and every registration and change on
     * {@code yanzhen.parks} once, the last one as stored. Returns the records read.
     */
    long verify(RunningServices services, String kafka, Set<String> repeats, KeyPlanLoad keyPlans) throws Exception {
        Map<String, Expected> byPark = expected(repeats, keyPlans);
        for (Map.Entry<String, Expected> park : byPark.entrySet()) {
            Expected expected = park.getValue();
            JsonNode figures = BadRequests.JSON.readTree(asAdmin().baseUri(services.url("tracking"))
                    .get("/api/stats?park=" + park.getKey()).asString());
            assertThat(figures.get("scope").asText()).isEqualTo("park:" + park.getKey());
            assertThat(figures.at("/signed/count").asLong()).as("signed in %s", park.getKey()).isEqualTo(expected.signed);
            assertThat(figures.at("/signed/investmentYuan").asLong()).isEqualTo(expected.signedYuan);
            assertThat(figures.at("/repeats/count").asLong()).isEqualTo(expected.repeats);
            assertThat(figures.at("/repeats/investmentYuan").asLong()).isEqualTo(expected.repeatsYuan);
            JsonNode land = figures.get("land");
            assertThat(land.get("projects").asLong()).as("land projects in %s", park.getKey()).isEqualTo(expected.signed);
            assertThat(land.get("takenMu").decimalValue()).isEqualByComparingTo(new BigDecimal(expected.squareMetres)
                    .multiply(BigDecimal.valueOf(15)).movePointLeft(4).setScale(2, RoundingMode.HALF_UP));
            assertThat(land.get("investmentYuan").asLong()).isEqualTo(expected.signedYuan);
            assertThat(land.get("investmentPerMuWanYuan").decimalValue()).isEqualByComparingTo(
                    new BigDecimal(expected.signedYuan).divide(new BigDecimal(15 * expected.squareMetres), 2,
                            RoundingMode.HALF_UP));
            assertThat(BadRequests.JSON.treeToValue(figures.get("keyProjects"), KeyProjectFigures.class))
                    .as("key projects in %s", park.getKey()).isEqualTo(expected.keyProjects);
        }
        return verifyTopic(services, kafka);
    }

    private Map<String, Expected> expected(Set<String> repeats, KeyPlanLoad keyPlans) {
        Map<String, Expected> byPark = new TreeMap<>();
        lastSent.keySet().forEach(code -> byPark.put(code, new Expected()));
        namingSignings.forEach((ref, signing) -> {
            Expected expected = byPark.get(signing.get("parkCode").asText());
            long yuan = signing.get("investmentYuan").asLong();
            if (repeats.contains(ref)) {
                expected.repeats++;
                expected.repeatsYuan += yuan;
            } else {
                expected.signed++;
                expected.signedYuan += yuan;
                expected.squareMetres += Math.round(signing.get("landHa").asDouble() * 10_000);
            }
        });
        keyPlans.figuresByPark().forEach((park, figures) -> byPark.get(park).keyProjects = figures);
        assertThat(byPark.values().stream().mapToLong(expected -> expected.repeats).sum())
                .as("signings naming a park that are linked as repeats").isPositive();
        return byPark;
    }

    private long verifyTopic(RunningServices services, String kafka) throws Exception {
        PublishedOnce published = PublishedOnce.read(kafka, Topics.PARKS.name(), changes());
        assertThat(published.lastByKey().keySet()).isEqualTo(lastSent.keySet());
        for (Map.Entry<String, JsonNode> park : published.lastByKey().entrySet()) {
            JsonNode stored = BadRequests.JSON.readTree(asAdmin().baseUri(services.url("intake"))
                    .get("/api/parks/" + park.getKey()).asString());
            for (JsonNode compared : List.of(park.getValue(), stored)) {
                assertThat(said(compared)).as("park %s", park.getKey()).isEqualTo(said(lastSent.get(park.getKey())));
            }
            assertThat(updatedAt(park.getValue())).isEqualTo(updatedAt(stored));
        }
        return published.records();
    }

    /** What a park body says of the park, numbers compared as numbers. */
    private static List<Object> said(JsonNode park) {
        return List.of(park.get("name").asText(), park.get("region").asText(), park.get("level").asText(),
                park.get("plannedLandMu").asDouble(), park.get("availableLandMu").asDouble(), park.get("partner").asText(),
                park.get("priorityIndustries").toString());
    }

    private static Instant updatedAt(JsonNode park) {
        return Instant.parse(park.get("updatedAt").asText()).truncatedTo(ChronoUnit.MILLIS);
    }
}
