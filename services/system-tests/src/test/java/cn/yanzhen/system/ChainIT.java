package cn.yanzhen.system;

import static cn.yanzhen.platform.testing.Tokens.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import cn.yanzhen.contracts.Topics;
import cn.yanzhen.intake.domain.CreditCode;
import cn.yanzhen.platform.testing.ConsumerLag;
import cn.yanzhen.platform.testing.EventPublisher;
import cn.yanzhen.platform.testing.TestInfrastructure;
import cn.yanzhen.platform.testing.TopicReader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * intake, capacity, matching and tracking as separate processes, traced into Zipkin's server and logging JSON as
 * an operator would run them to follow a signing: signings reserve land until it runs out, and one signing is one
 * trace from intake's request to tracking's figures (docs/contract.md §7.11).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChainIT {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String REGION = "451400";
    private static final AtomicInteger REFS = new AtomicInteger();
    private static final String[] SIGNING_APPLIED_BY_TRACKING = {"yanzhen-intake post /api/events/{code}/signings",
            "yanzhen-intake send yanzhen.signings", "yanzhen-tracking process yanzhen.signings"};

    private ZipkinProcess zipkin;
    private RunningServices services;
    private ConsumerLag lag;

    @BeforeAll
    void start() throws Exception {
        zipkin = ZipkinProcess.launch();
        services = RunningServices.start(Map.of(
                "yanzhen.tracing.exporter", "zipkin",
                "yanzhen.tracing.endpoint", zipkin.spansEndpoint(),
                // spans reach Zipkin a tenth of a second after they end, not Quarkus's five seconds
                "quarkus.otel.bsp.schedule.delay", "100ms",
                "yanzhen.log.json", "true",
                // the line each applied event logs (BatchConsumer)
                "quarkus.log.category.\"cn.yanzhen.platform.consumer\".level", "DEBUG",
                // the deadline watch alerts on this suite's old signings in traces of its own (no request caused it)
                "yanzhen.tracking.deadline-scan-every", "off"),
                "intake", "capacity", "matching", "tracking");
        zipkin.awaitReady();
        lag = new ConsumerLag(TestInfrastructure.endpoints().kafkaBootstrap());
    }

    @AfterAll
    void stop() throws InterruptedException {
        lag.close();
        services.close();
        zipkin.close();
    }

    @Test
    void landReservedUntilItRunsOutMakesTheNextSigningShortAndAWithdrawalGivesItBack() throws Exception {
        profileAndEvent(REGION, 100, "2025-SYS", "系统测试对接活动");

        String first = submit(60);
        assertThat(reasons(awaitMatch(first))).doesNotContain("LAND_SHORTAGE");
        awaitRemainingLand(40.0);
        matchingHasSeenAllCapacity();

        String second = submit(60);
        assertThat(reasons(awaitMatch(second))).contains("LAND_SHORTAGE");
        awaitRemainingLand(-20.0);

        try (TopicReader capacityTopic = new TopicReader(TestInfrastructure.endpoints().kafkaBootstrap(),
                Topics.REGION_CAPACITY.name())) {
            Map<TopicPartition, Long> mark = capacityTopic.mark();
            asAdmin().baseUri(services.url("intake")).contentType(ContentType.JSON).body("{\"reason\": \"投资方撤回\"}")
                    .post("/api/signings/" + second + "/withdraw").then().statusCode(200);

            awaitRemainingLand(40.0);
            List<ConsumerRecord<String, String>> snapshots = new ArrayList<>();
            await().atMost(WAIT).until(() -> {
                capacityTopic.awaitRecords(mark, 0, Duration.ofMillis(500)).stream()
                        .filter(record -> REGION.equals(record.key())).forEach(snapshots::add);
                return !snapshots.isEmpty();
            });
            JsonNode latest = EventPublisher.JSON.readTree(snapshots.get(snapshots.size() - 1).value());
            assertThat(latest.at("/remaining/landHa").asDouble()).isEqualTo(40.0);
        }
        matchingHasSeenAllCapacity();
        assertThat(reasons(awaitMatch(submit(30)))).doesNotContain("LAND_SHORTAGE");
    }

    @Test
    void oneSigningIsOneTraceFromIntakesRequestToTrackingsFiguresAndTrackingLogsItsApplyingInIt() throws Exception {
        String region = "451300";
        profileAndEvent(region, 500, "2025-TRC", "链路追踪对接活动");
        // the signing's records alone in every batch they reach: a batch's span continues its first record's trace
        // (and links the others), so a record that shares a batch with another test's would be only linked here
        everyStageHasCaughtUp();

        String signing = submit("2025-TRC", region, 20);
        awaitMatch(signing);

        // intake's send of the signing is in one trace, and in it every stage has had its turn
        Trace trace = await().atMost(WAIT).pollInterval(Duration.ofMillis(500)).until(
                () -> Trace.of(zipkin.tracesTagged("yanzhen-intake", "messaging.kafka.message.key", signing)),
                found -> found != null && found.hasWithItsPath("yanzhen-tracking", "process yanzhen.region-capacity")
                        && found.hasBelow("yanzhen-tracking", "send yanzhen.stats", SIGNING_APPLIED_BY_TRACKING));
        // and so is every other span that names the signing: matching's send of its result
        assertThat(zipkin.tracesTagged("", "messaging.kafka.message.key", signing)).hasSize(1);

        Trace.Span request = trace.only("yanzhen-intake", "post /api/events/{code}/signings");
        assertThat(request.kind()).isEqualTo("SERVER");
        // the longest path: intake → matching → capacity → tracking, each hop a send and the batch it reached
        assertThat(trace.only("yanzhen-tracking", "process yanzhen.region-capacity").path()).containsSubsequence(
                "yanzhen-intake post /api/events/{code}/signings",
                "yanzhen-intake send yanzhen.signings",
                "yanzhen-matching process yanzhen.signings",
                "yanzhen-matching send yanzhen.matches",
                "yanzhen-capacity process yanzhen.matches",
                "yanzhen-capacity send yanzhen.region-capacity",
                "yanzhen-tracking process yanzhen.region-capacity");
        // tracking's figures: written in the batch that applied the signing, then published (its batches of
        // matching's and capacity's records publish too, so that send is one of several: the await found it)
        assertThat(trace.only("yanzhen-tracking", "process yanzhen.signings").path())
                .containsSubsequence(SIGNING_APPLIED_BY_TRACKING);
        assertThat(trace.only("yanzhen-tracking", "process yanzhen.matches").path()).containsSubsequence(
                "yanzhen-matching send yanzhen.matches", "yanzhen-tracking process yanzhen.matches");
        trace.spans().forEach(span -> assertThat(span.startsNoEarlierThanItsParent()).as(span.toString()).isTrue());

        // tracking's log line of applying the signing carries that trace's id and the event's ce_id
        String ceId = trace.only("yanzhen-intake", "send yanzhen.signings").tag("messaging.message.id");
        JsonNode line = await().atMost(WAIT).until(() -> jsonLine(services.process("tracking").log(),
                "applying yanzhen.signing.registered " + ceId), found -> found != null);
        assertThat(line.at("/mdc/traceId").asText()).isEqualTo(trace.id());
        assertThat(line.at("/mdc/ce_id").asText()).isEqualTo(ceId);
        assertThat(line.at("/mdc/ce_trace_id").asText()).isEqualTo(trace.id());
        assertThat(line.path("loggerName").asText()).isEqualTo("cn.yanzhen.platform.consumer.BatchConsumer");
    }

    /** A capacity profile of {@code landHa} for the region and an event, once matching has seen the profile. */
    private void profileAndEvent(String region, double landHa, String eventCode, String eventName) throws Exception {
        ObjectNode profile = EventPublisher.JSON.createObjectNode()
                .put("landAvailableHa", landHa).put("labourAvailable", 10_000).put("energyAvailableGwhPerYear", 1000)
                .put("greenPowerShare", 0.5).put("infrastructureScore", 60);
        profile.putArray("industrialBase").add("13");
        asAdmin().baseUri(services.url("capacity")).contentType(ContentType.JSON).body(profile.toString())
                .put("/api/regions/" + region + "/capacity").then().statusCode(201);
        ObjectNode event = EventPublisher.JSON.createObjectNode().put("code", eventCode).put("name", eventName)
                .put("hostRegion", "450000").put("city", "南宁").put("startDate", "2025-07-20")
                .put("endDate", "2025-07-20");
        asAdmin().baseUri(services.url("intake")).contentType(ContentType.JSON).body(event.toString())
                .post("/api/events").then().statusCode(201);
        matchingHasSeenAllCapacity();
    }

    /** The first JSON log line whose message starts with {@code prefix}; null while there is none. */
    private static JsonNode jsonLine(Path log, String prefix) throws IOException {
        for (String text : Files.readAllLines(log)) {
            if (text.startsWith("{") && text.contains(prefix)) {
                JsonNode line = EventPublisher.JSON.readTree(text);
                if (line.path("message").asText().startsWith(prefix)) {
                    return line;
                }
            }
        }
        return null;
    }

    private String submit(double landHa) {
        return submit("2025-SYS", REGION, landHa);
    }

    private String submit(String event, String region, double landHa) {
        int number = REFS.incrementAndGet();
        ObjectNode signing = EventPublisher.JSON.createObjectNode()
                .put("externalRef", "SYS-" + number)
                .put("projectName", "年产" + number + "万吨制糖项目")
                .put("destinationRegion", region)
                .put("industryCode", "1340")
                .put("investmentYuan", 300_000_000L)
                .put("signedOn", "2025-07-20")
                .put("expectedJobs", 100)
                .put("landHa", landHa)
                .put("energyGwhPerYear", 5);
        signing.putObject("investor").put("name", "广州市糖业有限公司")
                .put("creditCode", CreditCode.complete(String.format("914401%010d", number)))
                .put("originRegion", "440100");
        return asAdmin().baseUri(services.url("intake")).contentType(ContentType.JSON).body(signing.toString())
                .post("/api/events/" + event + "/signings").then().statusCode(201).extract().path("id");
    }

    private JsonNode awaitMatch(String signingId) throws Exception {
        await().atMost(WAIT).until(() -> asAdmin().baseUri(services.url("matching"))
                .get("/api/matches/" + signingId).statusCode() == 200);
        return EventPublisher.JSON.readTree(asAdmin().baseUri(services.url("matching"))
                .get("/api/matches/" + signingId).asString());
    }

    private void awaitRemainingLand(double hectares) {
        await().atMost(WAIT).untilAsserted(() -> asAdmin().baseUri(services.url("capacity"))
                .get("/api/regions/" + REGION).then().body("remaining.landHa", equalTo((float) hectares)));
    }

    private void everyStageHasCaughtUp() throws Exception {
        lag.awaitCaughtUp("yanzhen-matching", Topics.SIGNINGS.name(), WAIT);
        lag.awaitCaughtUp("yanzhen-capacity", Topics.MATCHES.name(), WAIT);
        for (String topic : List.of(Topics.SIGNINGS.name(), Topics.MATCHES.name(), Topics.REGION_CAPACITY.name())) {
            lag.awaitCaughtUp("yanzhen-tracking", topic, WAIT);
        }
    }

    private void matchingHasSeenAllCapacity() throws Exception {
        lag.awaitCaughtUp("yanzhen-matching", Topics.REGION_CAPACITY.name(), WAIT);
    }

    private static List<String> reasons(JsonNode match) {
        List<String> codes = new ArrayList<>();
        match.get("reasons").forEach(reason -> codes.add(reason.get("code").asText()));
        return codes;
    }
}
