package cn.yanzhen.system;

import static cn.yanzhen.platform.testing.Tokens.asAdmin;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.yanzhen.contracts.Topics;
import cn.yanzhen.platform.testing.ConsumerLag;
import cn.yanzhen.platform.testing.Endpoints;
import cn.yanzhen.platform.testing.TestInfrastructure;
import cn.yanzhen.platform.testing.TopicReader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Crashes under load: a 5,000-signing batch and 1,600 progress reports go through the four services
 * while each service is killed with SIGKILL and restarted, and so is the broker. Afterwards the figures
 * equal what was sent, every signing has exactly one match, one reservation (unless MISMATCH) and one
 * project, and no CloudEvent took effect twice. Meanwhile the organiser links 300 signings as repeats of
 * reported ones and releases a third of them again: the figures follow the links exactly. A slice of the batch names
 * parks the province renames and gives land out of while intake and the broker are killed, and key projects' plans
 * move while tracking is: each park's and the event's figures are what was sent.
 */
@Tag("faults")
class FaultInjectionIT {

    private static final Duration WAIT = Duration.ofMinutes(5);
    private static final String EVENT = "2025-FAULT";
    /** Each kill waits for a share of the load, so it lands mid-stream with 5,000 as surely as with 10,000. */
    private static final int SIGNINGS = 5_000;
    private static final int REPORTED = 600;
    /** Unreported signings linked as repeats of reported ones while tracking is killed; the first third released again. */
    private static final int LINKED = 300;
    /** Clients sending progress reports at once. */
    private static final int REPORTING_OFFICES = 4;
    private static final List<String> REGIONS = StressLoad.REGIONS;
    private static final LocalDate SIGNED = StressLoad.SIGNED;
    private static final Map<String, List<String>> CONSUMED = Map.of(
            "yanzhen-capacity", List.of(Topics.MATCHES.name(), Topics.SIGNINGS.name()),
            "yanzhen-matching", List.of(Topics.SIGNINGS.name(), Topics.REGION_CAPACITY.name()),
            "yanzhen-tracking", List.of(Topics.SIGNINGS.name(), Topics.MATCHES.name()));

    @Test
    void nothingIsLostDoubledOrStuckWhenServicesAndTheBrokerAreKilled() throws Exception {
        Instant started = Instant.now();
        int kills = 0;
        try (KafkaProcess kafka = KafkaProcess.start();
             RunningServices services = RunningServices.start(kafka.bootstrap(),
                     // a killed consumer's partitions move to its successor in seconds, not 45 s
                     TrackingWatches.off("kafka.session.timeout.ms", "6000", "kafka.heartbeat.interval.ms", "2000"),
                     "intake", "capacity", "matching", "tracking")) {
            for (String region : REGIONS) {
                asAdmin().baseUri(services.url("capacity")).contentType("application/json").body(StressLoad.profile().toString())
                        .put("/api/regions/" + region + "/capacity").then().statusCode(201);
            }
            asAdmin().baseUri(services.url("intake")).contentType("application/json").body(StressLoad.event(EVENT, "故障注入测试活动").toString())
                    .post("/api/events").then().statusCode(201);
            ParkLoad parks = ParkLoad.register(services, REGIONS);
            ArrayNode batch = parks.naming(StressLoad.signings("F", SIGNINGS, 0));
            asAdmin().baseUri(services.url("intake")).contentType("application/json").body(batch.toString())
                    .post("/api/events/" + EVENT + "/signings/batch").then().statusCode(200);

            phase(started, "services up, batch accepted");
            PipelineLoad pipeline = PipelineLoad.of(registeredSignings(services.url("intake")), SIGNED);
            CompletableFuture<Void> pipelining = pipeline.sendAsync(services);
            CompletableFuture<Void> parking = parks.changeAsync(services, 0);
            services.killAndRestart("intake");
            kills++;
            phase(started, "intake killed and restarted");
            awaitTotal(services.url("matching") + "/api/matches?event=" + EVENT + "&size=1", SIGNINGS / 5);
            services.killAndRestart("matching", "capacity");
            kills += 2;
            phase(started, "matching and capacity killed and restarted");
            awaitTotal(services.url("tracking") + "/api/projects?event=" + EVENT + "&size=1", 3 * SIGNINGS / 10);
            services.killAndRestart("tracking");
            phase(started, "tracking killed and restarted");
            parking.get();
            kafka.kill();
            CompletableFuture<Void> parkingWithoutBroker = parks.changeAsync(services, 1);
            // readiness gives the broker two seconds to answer (platform BrokerHealth), not the admin client's minute
            await().atMost(Duration.ofSeconds(15)).until(() -> readiness(services.managementUrl("intake")) == 503);
            phase(started, "broker killed; intake reports it not ready");
            kafka.restart();
            phase(started, "broker listening again");
            await().atMost(WAIT).until(() -> readiness(services.managementUrl("intake")) == 200);
            kills += 2;
            pipelining.get();
            parkingWithoutBroker.get();
            phase(started, "the pipeline's " + pipeline.changes() + " lead changes and the parks' changes accepted");

            phase(started, "broker and every service killed once; waiting for tracking's " + SIGNINGS + " projects");
            awaitTotal(services.url("tracking") + "/api/projects?event=" + EVENT + "&size=1", SIGNINGS);
            phase(started, "sending progress reports");
            List<Map.Entry<String, ObjectNode>> reports = reports(services.url("intake"));
            // signings 400–599 are reported on and no repeat's earliest (0–299); 1,600–1,799 nothing else touches
            // (900–1,199 are linked as repeats); 4,000–4,599 nothing else touches: some of them get a key project's plan
            KeyPlanLoad keyPlans = KeyPlanLoad.of(Stream.of(20, 21, 22)
                    .flatMap(page -> signingsPage(services.url("intake"), page).stream()).toList());
            DevelopingWellLoad developing = DevelopingWellLoad.of(signingsPage(services.url("intake"), 2),
                    signingsPage(services.url("intake"), 8), SIGNED);
            List<Map.Entry<String, ObjectNode>> progress = developing.amid(reports);
            AtomicInteger sent = new AtomicInteger();
            // offices report side by side, each project's reports in their order
            CompletableFuture<Void> reporting = CompletableFuture.allOf(bySigning(progress, REPORTING_OFFICES).stream()
                    .map(office -> CompletableFuture.runAsync(() -> office.forEach(report -> {
                        postUntilAccepted(services, report.getKey(), "/progress", report.getValue());
                        sent.incrementAndGet();
                    }))).toArray(CompletableFuture[]::new));
            CompletableFuture<Set<String>> linking = CompletableFuture.supplyAsync(() -> linkRepeats(services, reports));
            CompletableFuture<Void> obstructing = CompletableFuture.runAsync(() -> developing.ledger().forEach(
                    request -> postUntilAccepted(services, request.signingId(), request.path(), request.body())));
            CompletableFuture<Void> planning = CompletableFuture.runAsync(() -> keyPlans.send(services));
            await().atMost(WAIT).until(() -> sent.get() >= progress.size() / 2 || reporting.isDone());
            services.killAndRestart("tracking");
            kills++;
            reporting.get();
            Set<String> repeats = linking.get();
            obstructing.get();
            planning.get();
            phase(started, "reports accepted, repeats linked; waiting for every consumer and outbox to drain");

            awaitQuiet(services, kafka.bootstrap());
            phase(started, "quiet; checking");
            long records = verify(services, kafka.bootstrap(), batch, developing, keyPlans)
                    + pipeline.verify(services, kafka.bootstrap()) + parks.verify(services, kafka.bootstrap(), repeats,
                    keyPlans);
            System.out.printf("fault-injection suite: %d signings (%d naming parks), %d reports, %d obstacle changes,"
                            + " %d repeat links (%d released), %d lead changes, %d park registrations and changes,"
                            + " %d key-plan changes, %d kills (each service and the broker), %d records checked, %d s%n",
                    SIGNINGS, ParkLoad.NAMING, progress.size(), developing.ledger().size(), LINKED, LINKED / 3,
                    pipeline.changes(), parks.changes(), keyPlans.changes(), kills, records,
                    Duration.between(started, Instant.now()).toSeconds());
        }
    }

    private long verify(RunningServices services, String kafka, ArrayNode batch, DevelopingWellLoad developing,
                        KeyPlanLoad keyPlans) throws Exception {
        long signedYuan = StressLoad.investmentYuan(batch);
        JsonNode figures = json().readTree(asAdmin().baseUri(services.url("tracking"))
                .get("/api/stats?event=" + EVENT).asString());
        assertThat(figures.at("/signed/count").asLong()).isEqualTo(SIGNINGS);
        assertThat(figures.at("/signed/investmentYuan").asLong()).isEqualTo(signedYuan);
        long linked = LINKED - LINKED / 3;
        assertThat(query(services, "select count(*) from intake.signing where repeat_of is not null")).isEqualTo(linked);
        assertThat(query(services, "select count(*) from intake.signing s join tracking.project p on p.signing_id = s.id"
                + " where s.repeat_of is distinct from p.repeat_of")).as("links tracking missed").isZero();
        // a linked repeat counts in its event as its earliest signing stands: commenced, with that one's investment
        assertThat(figures.at("/commenced/count").asLong()).isEqualTo(REPORTED + linked);
        assertThat(figures.at("/completedInvestmentYuan").asLong()).isEqualTo(
                query(services, "select coalesce(sum(cumulative_yuan), 0) from tracking.project")
                        + query(services, "select coalesce(sum(e.cumulative_yuan), 0) from tracking.project p"
                        + " join tracking.project e on e.signing_id = p.repeat_of"));
        assertThat(figures.at("/commenced/investmentYuan").asLong()).isEqualTo(query(services, "select coalesce(sum("
                + "investment_yuan), 0) from tracking.project where commenced_on is not null or repeat_of is not null"));
        JsonNode national = json().readTree(asAdmin().baseUri(services.url("tracking")).get("/api/stats").asString());
        assertThat(national.at("/signed/count").asLong()).as("all counts each project once").isEqualTo(SIGNINGS - linked);
        assertThat(national.at("/repeats/count").asLong()).isEqualTo(linked);
        assertThat(national.at("/commenced/count").asLong()).isEqualTo(REPORTED);
        // every signing stated its land: the event counts each, the nation each project once
        assertThat(figures.at("/land/projects").asLong()).isEqualTo(SIGNINGS);
        assertThat(figures.at("/land/investmentYuan").asLong()).isEqualTo(signedYuan);
        assertThat(national.at("/land/projects").asLong()).isEqualTo(SIGNINGS - linked);
        assertThat(national.at("/land/investmentYuan").asLong()).isEqualTo(national.at("/signed/investmentYuan").asLong());
        developing.verify(figures, national);

        assertThat(query(services, "select count(*) from intake.signing")).isEqualTo(SIGNINGS);
        assertThat(query(services, "select count(*) from matching.match_result")).isEqualTo(SIGNINGS);
        assertThat(query(services, "select count(distinct signing_id) from matching.match_result")).isEqualTo(SIGNINGS);
        assertThat(query(services, "select count(*) from tracking.project")).isEqualTo(SIGNINGS);
        assertThat(query(services, "select count(*) from tracking.progress_report"))
                .isEqualTo(2L * REPORTED + 2L * DevelopingWellLoad.PROJECTS);
        assertThat(query(services, "select count(*) from capacity.reservation where released_at is null"))
                .isEqualTo(query(services, "select count(*) from matching.match_result where verdict <> 'MISMATCH'"));
        assertThat(query(services, "select round(sum(land_ha)) from capacity.reservation where released_at is null"))
                .isEqualTo(query(services, "select round(coalesce(sum(f.land_ha), 0)) from matching.signing_facts f"
                        + " join matching.match_result m on m.signing_id = f.signing_id where m.verdict <> 'MISMATCH'"));
        assertThat(query(services, "select count(*) from tracking.project where verdict is null")).isZero();

        try (TopicReader signings = new TopicReader(kafka, Topics.SIGNINGS.name())) {
            List<ConsumerRecord<String, String>> all = signings.readToEnd(Map.of());
            long distinct = all.stream().map(record -> TopicReader.header(record, "ce_id")).distinct().count();
            assertThat(distinct).as("registrations and link changes, each once").isEqualTo(SIGNINGS + LINKED + LINKED / 3);
            return all.size() + query(services, "select count(*) from matching.match_result")
                    + query(services, "select count(*) from tracking.project") + developing.verifyTopic(kafka)
                    + keyPlans.verify(services, kafka, figures, national);
        }
    }

    private void awaitQuiet(RunningServices services, String kafka) throws Exception {
        try (ConsumerLag lag = new ConsumerLag(kafka)) {
            // quiet for five seconds on end: one look can see a producer's outbox empty and its consumer's lag 0
            // just before that consumer's next poll
            await().atMost(WAIT).during(Duration.ofSeconds(5)).pollInterval(Duration.ofSeconds(1)).until(() -> {
                for (Map.Entry<String, List<String>> group : CONSUMED.entrySet()) {
                    for (String topic : group.getValue()) {
                        if (lag.of(group.getKey(), topic) > 0) {
                            return false;
                        }
                    }
                }
                return query(services, "select (select count(*) from intake.outbox where sent_at is null)"
                        + " + (select count(*) from capacity.outbox where sent_at is null)"
                        + " + (select count(*) from matching.outbox where sent_at is null)"
                        + " + (select count(*) from tracking.outbox where sent_at is null)") == 0;
            });
        }
    }

    /**
     * Links signings nobody reports on to reported ones, in the order they were reported, and releases every third;
     * returns the external references of those left linked.
     */
    private static Set<String> linkRepeats(RunningServices services, List<Map.Entry<String, ObjectNode>> reports) {
        Set<String> linked = new HashSet<>();
        JsonNode unreported = readJson(asAdmin().baseUri(services.url("intake"))
                .get("/api/events/" + EVENT + "/signings?size=" + LINKED + "&page=" + (REPORTED / LINKED + 1))
                .asString()).get("items");
        for (int i = 0; i < LINKED; i++) {
            String repeat = unreported.get(i).get("id").asText();
            String earliest = reports.get(2 * i).getKey();
            sendUntilAnswered(services, "PUT", repeat, "{\"signingId\": \"" + earliest + "\", \"note\": \"同一项目\"}");
            if (i % 3 == 0) {
                sendUntilAnswered(services, "DELETE", repeat, null);
            } else {
                linked.add(unreported.get(i).get("externalRef").asText());
            }
        }
        return linked;
    }

    private static void sendUntilAnswered(RunningServices services, String method, String repeat, String body) {
        await().atMost(WAIT).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(200)).ignoreExceptions().until(() -> {
            var request = asAdmin().baseUri(services.url("intake")).contentType("application/json");
            int status = (body == null ? request : request.body(body))
                    .request(method, "/api/signings/" + repeat + "/repeat-of").statusCode();
            if (status / 100 == 4) {
                throw new AssertionError(method + " repeat-of of " + repeat + " refused with " + status);
            }
            return status == 200;
        });
    }

    /** The reports in {@code streams} lists, each signing's all in one list and in the order given. */
    private static List<List<Map.Entry<String, ObjectNode>>> bySigning(List<Map.Entry<String, ObjectNode>> reports,
                                                                      int streams) {
        List<List<Map.Entry<String, ObjectNode>>> split = new ArrayList<>();
        for (int i = 0; i < streams; i++) {
            split.add(new ArrayList<>());
        }
        reports.forEach(report -> split.get(Math.floorMod(report.getKey().hashCode(), streams)).add(report));
        return split;
    }

    private static void postUntilAccepted(RunningServices services, String signingId, String path, ObjectNode body) {
        await().atMost(WAIT).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(200)).ignoreExceptions().until(() -> {
            int status = asAdmin().baseUri(services.url("tracking")).contentType("application/json")
                    .body(body.toString()).post("/api/projects/" + signingId + path).statusCode();
            if (status == 409 || status == 400) {
                throw new AssertionError(path + " refused with " + status + ": " + body);
            }
            return status == 201 || status == 200;
        });
    }

    private static List<Map.Entry<String, ObjectNode>> reports(String intake) {
        List<Map.Entry<String, ObjectNode>> reports = new ArrayList<>();
        JsonNode page = readJson(asAdmin().baseUri(intake).get("/api/events/" + EVENT + "/signings?size=500&page=0")
                .asString());
        int pages = (int) Math.ceil(page.get("total").asDouble() / 500);
        for (int p = 0; p < pages && reports.size() < 2 * REPORTED; p++) {
            JsonNode items = readJson(asAdmin().baseUri(intake).get("/api/events/" + EVENT + "/signings?size=500&page=" + p)
                    .asString()).get("items");
            for (JsonNode signing : items) {
                if (reports.size() >= 2 * REPORTED) {
                    break;
                }
                String id = signing.get("id").asText();
                String ref = signing.get("externalRef").asText();
                reports.add(Map.entry(id, json().createObjectNode().put("reportId", ref + "-C").put("type", "COMMENCED")
                        .put("on", SIGNED.plusDays(30).toString())));
                reports.add(Map.entry(id, json().createObjectNode().put("reportId", ref + "-I").put("type", "INVESTMENT")
                        .put("cumulativeYuan", signing.get("investmentYuan").asLong() / 10)
                        .put("asOf", SIGNED.plusDays(60).toString())));
            }
        }
        return reports;
    }

    /** Signings 3,000–3,249 of the batch, which no report, obstacle or repeat link touches: the pipeline converts into them. */
    private static List<JsonNode> registeredSignings(String intake) {
        List<JsonNode> signings = new ArrayList<>(signingsPage(intake, 15));
        signings.addAll(signingsPage(intake, 16));
        return signings;
    }

    /** The event's signings in intake's order, 200 a page. */
    private static List<JsonNode> signingsPage(String intake, int page) {
        List<JsonNode> signings = new ArrayList<>();
        readJson(asAdmin().baseUri(intake).get("/api/events/" + EVENT + "/signings?size=200&page=" + page).asString())
                .get("items").forEach(signings::add);
        return signings;
    }

    private static void phase(Instant started, String what) {
        System.out.printf("fault-injection suite, %d s: %s%n", Duration.between(started, Instant.now()).toSeconds(), what);
    }

    /** Readiness reports the broker for real: DOWN (503) while it is gone. */
    private static int readiness(String service) {
        return given().baseUri(service).get("/q/health/ready").statusCode();
    }

    private static void awaitTotal(String url, long atLeast) {
        await().atMost(WAIT).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                .until(() -> readJson(asAdmin().get(url).asString()).get("total").asLong() >= atLeast);
    }

    private static long query(RunningServices services, String sql) throws Exception {
        return services.queryNumber(sql);
    }

    private static com.fasterxml.jackson.databind.ObjectMapper json() {
        return BadRequests.JSON;
    }

    private static JsonNode readJson(String body) {
        try {
            return json().readTree(body);
        } catch (Exception e) {
            throw new IllegalStateException(body, e);
        }
    }
}
