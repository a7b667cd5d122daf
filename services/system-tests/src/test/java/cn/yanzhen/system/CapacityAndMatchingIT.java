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

/** intake, capacity and matching as separate processes: signings reserve land until it runs out. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CapacityAndMatchingIT {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String REGION = "451400";
    private static final AtomicInteger REFS = new AtomicInteger();

    private RunningServices services;
    private ConsumerLag lag;

    @BeforeAll
    void start() throws Exception {
        services = RunningServices.start("intake", "capacity", "matching");
        lag = new ConsumerLag(TestInfrastructure.endpoints().kafkaBootstrap());
    }

    @AfterAll
    void stop() throws InterruptedException {
        lag.close();
        services.close();
    }

    @Test
    void landReservedUntilItRunsOutMakesTheNextSigningShortAndAWithdrawalGivesItBack() throws Exception {
        ObjectNode profile = EventPublisher.JSON.createObjectNode()
                .put("landAvailableHa", 100).put("labourAvailable", 10_000).put("energyAvailableGwhPerYear", 1000)
                .put("greenPowerShare", 0.5).put("infrastructureScore", 60);
        profile.putArray("industrialBase").add("13");
        asAdmin().baseUri(services.url("capacity")).contentType(ContentType.JSON).body(profile.toString())
                .put("/api/regions/" + REGION + "/capacity").then().statusCode(201);
        asAdmin().baseUri(services.url("intake")).contentType(ContentType.JSON).body("""
                {"code": "2025-SYS", "name": "系统测试对接活动", "hostRegion": "450000", "city": "南宁",
                 "startDate": "2025-07-20", "endDate": "2025-07-20"}""").post("/api/events").then().statusCode(201);
        matchingHasSeenAllCapacity();

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

    private String submit(double landHa) {
        int number = REFS.incrementAndGet();
        ObjectNode signing = EventPublisher.JSON.createObjectNode()
                .put("externalRef", "SYS-" + number)
                .put("projectName", "年产" + number + "万吨制糖项目")
                .put("destinationRegion", REGION)
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
                .post("/api/events/2025-SYS/signings").then().statusCode(201).extract().path("id");
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

    private void matchingHasSeenAllCapacity() throws Exception {
        lag.awaitCaughtUp("yanzhen-matching", Topics.REGION_CAPACITY.name(), WAIT);
    }

    private static List<String> reasons(JsonNode match) {
        List<String> codes = new ArrayList<>();
        match.get("reasons").forEach(reason -> codes.add(reason.get("code").asText()));
        return codes;
    }
}
