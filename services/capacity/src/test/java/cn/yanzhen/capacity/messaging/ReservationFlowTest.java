package cn.yanzhen.capacity.messaging;

import static cn.yanzhen.platform.testing.Tokens.asMonitor;
import static cn.yanzhen.platform.testing.Tokens.asRegionalOffice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import cn.yanzhen.contracts.ContractValidator;
import cn.yanzhen.contracts.EventTypes;
import cn.yanzhen.contracts.Topics;
import cn.yanzhen.contracts.matching.SigningMatched.Verdict;
import cn.yanzhen.contracts.matching.SigningMatched;
import cn.yanzhen.contracts.signing.Investor;
import cn.yanzhen.contracts.signing.Signing;
import cn.yanzhen.contracts.signing.SigningStatus;
import cn.yanzhen.platform.testing.EventPublisher;
import cn.yanzhen.platform.testing.ManagementInterface;
import cn.yanzhen.platform.testing.TestInfrastructure;
import cn.yanzhen.platform.testing.TopicReader;
import cn.yanzhen.platform.testing.YanzhenTestResource;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Matches and withdrawals arrive through the real broker; reservations follow. */
@QuarkusTest
@WithTestResource(YanzhenTestResource.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReservationFlowTest {

    /** Health, metrics and OpenAPI: the management interface, a port of its own. */
    @TestHTTPResource(value = "/", management = true)
    URL management;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(30);

    private EventPublisher publisher;
    private TopicReader capacityTopic;
    private TopicReader alerts;

    @BeforeAll
    void connect() {
        String kafka = TestInfrastructure.endpoints().kafkaBootstrap();
        publisher = new EventPublisher(kafka);
        capacityTopic = new TopicReader(kafka, Topics.REGION_CAPACITY.name());
        alerts = new TopicReader(kafka, Topics.ALERTS.name());
    }

    @AfterAll
    void disconnect() {
        publisher.close();
        capacityTopic.close();
        alerts.close();
    }

    @Test
    void aMatchReservesAndAWithdrawalRestoresTheRemainingCapacity() throws Exception {
        profile("450500", 100, 30_000, 50_000);
        UUID signing = UUID.randomUUID();
        Map<TopicPartition, Long> mark = capacityTopic.mark();

        publishMatch(match(signing, "450500", Verdict.RECOMMENDED, 30, 400, 20));

        JsonNode reserved = lastSnapshot(mark, "450500", 1);
        assertThat(reserved.at("/remaining/landHa").asDouble()).isEqualTo(70.0);
        assertThat(reserved.at("/remaining/labour").asLong()).isEqualTo(29_600);
        assertThat(reserved.at("/reserved/energyGwhPerYear").asDouble()).isEqualTo(20.0);
        asMonitor().get("/api/regions/450500/reservations").then().body("total", equalTo(1))
                .body("items[0].signingId", equalTo(signing.toString()));

        Map<TopicPartition, Long> beforeWithdrawal = capacityTopic.mark();
        publishWithdrawal(signing, "450500");

        JsonNode restored = lastSnapshot(beforeWithdrawal, "450500", 1);
        assertThat(restored.at("/remaining/landHa").asDouble()).isEqualTo(100.0);
        asMonitor().get("/api/regions/450500").then().body("remaining.landHa", equalTo(100.0f))
                .body("remaining.labour", equalTo(30_000));
        asMonitor().get("/api/regions/450500/reservations").then().body("total", equalTo(0));
    }

    @Test
    void aMismatchReservesNothingAndARedeliveryChangesNothing() {
        profile("450100", 100, 30_000, 50_000);
        UUID signing = UUID.randomUUID();
        SigningMatched mismatch = match(UUID.randomUUID(), "450100", Verdict.MISMATCH, 50, 100, 10);
        SigningMatched accepted = match(signing, "450100", Verdict.ACCEPTABLE, 10, 100, 10);

        publishMatch(mismatch);
        String eventId = publishMatch(accepted);
        publisher.publish(Topics.MATCHES.name(), EventTypes.SIGNING_MATCHED, signing.toString(), accepted, eventId);
        UUID marker = UUID.randomUUID();
        publishMatch(match(marker, "450100", Verdict.RISKY, 1, 1, 1));

        await().atMost(WAIT).untilAsserted(() -> asMonitor().get("/api/regions/450100/reservations").then()
                .body("total", equalTo(2)));
        asMonitor().get("/api/regions/450100").then().body("reserved.landHa", equalTo(11.0f))
                .body("reserved.labour", equalTo(101));
    }

    @Test
    void aPrefectureWithoutAProfileDrawsOnItsProvince() {
        profile("650000", 500, 100_000, 100_000);
        publishMatch(match(UUID.randomUUID(), "652801", Verdict.ACCEPTABLE, 25.5, 1500, 40));

        await().atMost(WAIT).untilAsserted(() -> asMonitor().get("/api/regions/650000").then()
                .body("reserved.landHa", equalTo(25.5f)).body("remaining.landHa", equalTo(474.5f)));
        asMonitor().get("/api/regions/652801/reservations").then().body("total", equalTo(0));
    }

    @Test
    void twoMatchesOnOneSnapshotThatExceedTheLandAreBothReservedAndAlertedOnce() throws Exception {
        profile("451000", 100, 30_000, 50_000);
        Map<TopicPartition, Long> alertMark = alerts.mark();

        publishMatch(match(UUID.randomUUID(), "451000", Verdict.ACCEPTABLE, 70, 100, 10));
        publishMatch(match(UUID.randomUUID(), "451000", Verdict.ACCEPTABLE, 60, 100, 10));
        publishMatch(match(UUID.randomUUID(), "451000", Verdict.RISKY, 5, 100, 10));

        await().atMost(WAIT).untilAsserted(() -> asMonitor().get("/api/regions/451000").then()
                .body("reserved.landHa", equalTo(135.0f)).body("remaining.landHa", equalTo(-35.0f))
                .body("profile.overcommitted", equalTo(true)));
        List<ConsumerRecord<String, String>> raised = alerts.awaitRecords(alertMark, 1, WAIT).stream()
                .filter(record -> "451000".equals(record.key())).toList();
        assertThat(raised).hasSize(1);
        // the alert states the land reserved when the batch that crossed the line was applied: the first two
        // matches (130 ha) or, when one poll brought all three, all of them (135 ha)
        assertThat(raised.get(0).value()).contains("CAPACITY_OVERCOMMITTED")
                .containsPattern("land reserved 13[05]\\.0 ha of 100\\.0 ha");
        assertThat(ContractValidator.violations(EventTypes.ALERT, JSON.readTree(raised.get(0).value()))).isEmpty();
    }

    @Test
    void poisonGoesToTheDeadLetterTopicAndTheRecordsBehindItAreProcessed() {
        profile("450200", 100, 30_000, 50_000);
        try (TopicReader deadLetters = new TopicReader(TestInfrastructure.endpoints().kafkaBootstrap(),
                Topics.MATCHES.deadLetterTopic())) {
            Map<TopicPartition, Long> mark = deadLetters.mark();
            String key = UUID.randomUUID().toString();
            publisher.publishRaw(new ProducerRecord<>(Topics.MATCHES.name(), key, "{not json"));
            publisher.publish(Topics.MATCHES.name(), EventTypes.SIGNING_MATCHED, key, "{\"signingId\": 5}");
            publishMatch(match(UUID.randomUUID(), "450200", Verdict.ACCEPTABLE, 3, 3, 3));

            List<ConsumerRecord<String, String>> dead = deadLetters.awaitRecords(mark, 2, WAIT);
            assertThat(dead).extracting(ConsumerRecord::key).containsOnly(key);
            assertThat(TopicReader.header(dead.get(0), "dead-letter-reason")).isNotBlank();
            assertThat(TopicReader.header(dead.get(0), "dead-letter-topic")).isEqualTo(Topics.MATCHES.name());
            assertThat(TopicReader.header(dead.get(0), "dead-letter-partition")).isNotBlank();
            assertThat(TopicReader.header(dead.get(0), "dead-letter-offset")).isNotBlank();
            await().atMost(WAIT).untilAsserted(() -> asMonitor().get("/api/regions/450200").then()
                    .body("reserved.landHa", equalTo(3.0f)));
            String metrics = ManagementInterface.given(management).get("/q/metrics").asString();
            assertThat(metrics).containsPattern("yanzhen_dead_letters_total\\{[^}]*topic=\"yanzhen.matches\"[^}]*} [2-9]")
                    .contains("yanzhen_outbox_backlog")
                    .contains("yanzhen_outbox_published_total")
                    .contains("kafka_consumer_fetch_manager_records_lag");
        }
    }

    private void profile(String code, double land, long labour, double energy) {
        ObjectNode profile = JSON.createObjectNode()
                .put("landAvailableHa", land).put("labourAvailable", labour)
                .put("energyAvailableGwhPerYear", energy).put("greenPowerShare", 0.5)
                .put("infrastructureScore", 60);
        asRegionalOffice(code).contentType(ContentType.JSON).body(profile.toString())
                .put("/api/regions/" + code + "/capacity").then().statusCode(201);
    }

    private String publishMatch(SigningMatched match) {
        return publisher.publish(Topics.MATCHES.name(), EventTypes.SIGNING_MATCHED, match.signingId().toString(),
                match);
    }

    private void publishWithdrawal(UUID signingId, String destination) {
        Signing withdrawn = new Signing(signingId, "2025-GX", "REF-" + signingId, "项目",
                new Investor("公司", "91350100M000100Y43", "440300"), destination, null, "3825", 100_000_000L,
                LocalDate.of(2025, 7, 20), null, null, null, null, SigningStatus.WITHDRAWN, Instant.now(),
                new Signing.Withdrawal("调整", Instant.now()), null, null);
        publisher.publish(Topics.SIGNINGS.name(), EventTypes.SIGNING_WITHDRAWN, signingId.toString(), withdrawn);
    }

    private static SigningMatched match(UUID signingId, String destination, Verdict verdict, double land, long jobs,
                                        double energy) {
        return new SigningMatched(signingId, "2025-GX", destination, "3825", "TECHNOLOGY", 70, verdict, List.of(),
                List.of(), new SigningMatched.CapacityRequest(land, energy, jobs), Instant.now());
    }

    /** The newest snapshot of the region published after the mark. */
    private JsonNode lastSnapshot(Map<TopicPartition, Long> mark, String region, int atLeast) throws Exception {
        List<ConsumerRecord<String, String>> records = capacityTopic.awaitRecords(mark, atLeast, WAIT).stream()
                .filter(record -> region.equals(record.key())).toList();
        assertThat(records).isNotEmpty();
        return JSON.readTree(records.get(records.size() - 1).value());
    }
}
