package cn.yanzhen.capacity.messaging;

import static cn.yanzhen.platform.testing.Tokens.asMonitor;
import static cn.yanzhen.platform.testing.Tokens.asRegionalOffice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import cn.yanzhen.contracts.ContractValidator;
import cn.yanzhen.contracts.EventTypes;
import cn.yanzhen.contracts.Topics;
import cn.yanzhen.contracts.matching.SigningMatched;
import cn.yanzhen.contracts.matching.SigningMatched.Verdict;
import cn.yanzhen.contracts.park.Park;
import cn.yanzhen.contracts.signing.Investor;
import cn.yanzhen.contracts.signing.Signing;
import cn.yanzhen.contracts.signing.SigningStatus;
import cn.yanzhen.platform.testing.EventPublisher;
import cn.yanzhen.platform.testing.TestInfrastructure;
import cn.yanzhen.platform.testing.TopicReader;
import cn.yanzhen.platform.testing.YanzhenTestResource;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
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

/** Parks, registrations, matches and withdrawals arrive through the real broker; the park's land follows. */
@QuarkusTest
@WithTestResource(YanzhenTestResource.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ParkLandFlowTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Instant REGISTERED = Instant.parse("2025-07-01T08:00:00Z");

    private EventPublisher publisher;
    private TopicReader parkCapacity;

    @BeforeAll
    void connect() {
        String kafka = TestInfrastructure.endpoints().kafkaBootstrap();
        publisher = new EventPublisher(kafka);
        parkCapacity = new TopicReader(kafka, Topics.PARK_CAPACITY.name());
    }

    @AfterAll
    void disconnect() {
        publisher.close();
        parkCapacity.close();
    }

    @Test
    void aMatchedSigningHoldsItsParksLandUntilItIsWithdrawn() throws Exception {
        Map<TopicPartition, Long> mark = parkCapacity.mark();
        publishPark(park("GX-FLOW", "450500", 600, REGISTERED));
        await().atMost(WAIT).untilAsserted(() -> asMonitor().get("/api/parks/GX-FLOW/capacity").then()
                .statusCode(200).body("availableLandMu", equalTo(600.0f)).body("remainingLandMu", equalTo(600.0f)));

        UUID signing = UUID.randomUUID();
        publishRegistration(signing, "450500", "GX-FLOW");
        publishMatch(match(signing, "450500", Verdict.ACCEPTABLE, 30));

        // 30 ha × 15 = 450 亩 of 600
        await().atMost(WAIT).untilAsserted(() -> asMonitor().get("/api/parks/GX-FLOW/capacity").then()
                .body("reservedLandMu", equalTo(450.0f)).body("remainingLandMu", equalTo(150.0f))
                .body("reservations", equalTo(1)));
        asMonitor().get("/api/parks/GX-FLOW/reservations").then().body("total", equalTo(1))
                .body("items[0].signingId", equalTo(signing.toString())).body("items[0].landHa", equalTo(30.0f));
        JsonNode snapshot = lastSnapshot(mark, "GX-FLOW", json -> json.get("reservations").asLong() == 1);
        assertThat(snapshot.get("remainingLandMu").asDouble()).isEqualTo(150.0);
        assertThat(ContractValidator.violations(EventTypes.PARK_CAPACITY, snapshot)).isEmpty();

        publishWithdrawal(signing, "450500");
        await().atMost(WAIT).untilAsserted(() -> asMonitor().get("/api/parks/GX-FLOW/capacity").then()
                .body("reservedLandMu", equalTo(0.0f)).body("remainingLandMu", equalTo(600.0f))
                .body("reservations", equalTo(0)));
        assertThat(lastSnapshot(mark, "GX-FLOW", json -> json.get("reservations").asLong() == 0
                && json.get("version").asLong() > 1).get("remainingLandMu").asDouble()).isEqualTo(600.0);
    }

    @Test
    void theSameLandIsHeldWhicheverComesFirstAndRedeliveriesChangeNothing() {
        UUID matchedFirst = UUID.randomUUID();
        UUID registeredFirst = UUID.randomUUID();
        // no region profile answers for 451400: the park's land is held all the same
        SigningMatched early = match(matchedFirst, "451400", Verdict.RISKY, 10);
        String earlyId = publishMatch(early);
        publishRegistration(registeredFirst, "451400", "GX-ORDER");
        String parkId = publishPark(park("GX-ORDER", "451400", 1000, REGISTERED));
        String registrationId = publishRegistration(matchedFirst, "451400", "GX-ORDER");
        publishMatch(match(registeredFirst, "451400", Verdict.RECOMMENDED, 2.5));
        publishMatch(match(UUID.randomUUID(), "451400", Verdict.MISMATCH, 50));

        publisher.publish(Topics.MATCHES.name(), EventTypes.SIGNING_MATCHED, matchedFirst.toString(), early, earlyId);
        publisher.publish(Topics.PARKS.name(), EventTypes.PARK_CHANGED, "GX-ORDER",
                park("GX-ORDER", "451400", 1000, REGISTERED), parkId);
        publisher.publish(Topics.SIGNINGS.name(), EventTypes.SIGNING_REGISTERED, matchedFirst.toString(),
                registration(matchedFirst, "451400", "GX-ORDER"), registrationId);

        // (10 + 2.5) ha × 15 = 187.5 亩; the MISMATCH names no park and would hold nothing anyway
        await().atMost(WAIT).untilAsserted(() -> asMonitor().get("/api/parks/GX-ORDER/capacity").then()
                .body("reservedLandMu", equalTo(187.5f)).body("remainingLandMu", equalTo(812.5f))
                .body("reservations", equalTo(2)));
        asMonitor().get("/api/regions/451400/reservations").then().body("total", equalTo(0));
    }

    @Test
    void aNewerRegistryEntryMovesTheAvailableLandAndAnOlderOneDoesNot() {
        UUID signing = UUID.randomUUID();
        publishPark(park("GX-MOVE", "450100", 300, REGISTERED));
        publishRegistration(signing, "450100", "GX-MOVE");
        publishMatch(match(signing, "450100", Verdict.ACCEPTABLE, 4));
        await().atMost(WAIT).untilAsserted(() -> asMonitor().get("/api/parks/GX-MOVE/capacity").then()
                .body("remainingLandMu", equalTo(240.0f)));

        publishPark(park("GX-MOVE", "450100", 50, REGISTERED.plusSeconds(60)));
        publishPark(park("GX-MOVE", "450100", 999, REGISTERED.plusSeconds(30)));
        // 50 − 60 = −10 亩: the park is over-committed, as a region can be
        await().atMost(WAIT).untilAsserted(() -> asMonitor().get("/api/parks/GX-MOVE/capacity").then()
                .body("availableLandMu", equalTo(50.0f)).body("remainingLandMu", equalTo(-10.0f)));
    }

    @Test
    void poisonAndLandBeyondTheRegistrysLimitAreDeadLetteredWithAReasonAndTheParksBehindThemKept() {
        try (TopicReader deadLetters = new TopicReader(TestInfrastructure.endpoints().kafkaBootstrap(),
                Topics.PARKS.deadLetterTopic())) {
            Map<TopicPartition, Long> mark = deadLetters.mark();
            publisher.publishRaw(new ProducerRecord<>(Topics.PARKS.name(), "GX-POISON", "{not json"));
            publishPark(park("GX-POISON", "450200", 16_000_000, REGISTERED));
            publishPark(park("GX-POISON", "450200", 700, REGISTERED));

            List<ConsumerRecord<String, String>> dead = deadLetters.awaitRecords(mark, 2, WAIT);
            assertThat(dead).extracting(ConsumerRecord::key).containsOnly("GX-POISON");
            assertThat(dead).extracting(record -> TopicReader.header(record, "dead-letter-reason"))
                    .anySatisfy(reason -> assertThat(reason).contains("availableLandMu").contains("15000000"));
            await().atMost(WAIT).untilAsserted(() -> asMonitor().get("/api/parks/GX-POISON/capacity").then()
                    .body("availableLandMu", equalTo(700.0f)));
        }
    }

    @Test
    void anUnknownParkIsNotFoundAndNoParkIsReadWithoutAToken() {
        asMonitor().get("/api/parks/GX-NOWHERE/capacity").then().statusCode(404);
        asMonitor().get("/api/parks/GX-NOWHERE/reservations").then().statusCode(404);
        asRegionalOffice("450000").get("/api/parks/GX-NOWHERE/capacity").then().statusCode(404);
        RestAssured.given().get("/api/parks/GX-FLOW/capacity").then().statusCode(401);
    }

    private String publishPark(Park park) {
        return publisher.publish(Topics.PARKS.name(), EventTypes.PARK_CHANGED, park.code(), park);
    }

    private String publishMatch(SigningMatched match) {
        return publisher.publish(Topics.MATCHES.name(), EventTypes.SIGNING_MATCHED, match.signingId().toString(),
                match);
    }

    private String publishRegistration(UUID signingId, String destination, String parkCode) {
        return publisher.publish(Topics.SIGNINGS.name(), EventTypes.SIGNING_REGISTERED, signingId.toString(),
                registration(signingId, destination, parkCode));
    }

    private void publishWithdrawal(UUID signingId, String destination) {
        Signing withdrawn = signing(signingId, destination, null, SigningStatus.WITHDRAWN,
                new Signing.Withdrawal("调整", Instant.now()));
        publisher.publish(Topics.SIGNINGS.name(), EventTypes.SIGNING_WITHDRAWN, signingId.toString(), withdrawn);
    }

    private static Signing registration(UUID signingId, String destination, String parkCode) {
        return signing(signingId, destination, parkCode, SigningStatus.REGISTERED, null);
    }

    private static Signing signing(UUID id, String destination, String parkCode, SigningStatus status,
                                   Signing.Withdrawal withdrawal) {
        return new Signing(id, "2025-GX", "REF-" + id, "项目", new Investor("公司", "91350100M000100Y43", "440300"),
                destination, parkCode == null ? null : "园区 " + parkCode, "3825", 100_000_000L,
                LocalDate.of(2025, 7, 20), null, null, null, null, status, Instant.now(), withdrawal, null, null,
                parkCode, null);
    }

    private static Park park(String code, String region, double availableMu, Instant updatedAt) {
        return new Park(code, "园区 " + code, region, Park.Level.PROVINCIAL, 20_000_000, availableMu, null, List.of(),
                REGISTERED, updatedAt);
    }

    private static SigningMatched match(UUID signingId, String destination, Verdict verdict, double landHa) {
        return new SigningMatched(signingId, "2025-GX", destination, "3825", "TECHNOLOGY", 70, verdict, List.of(),
                List.of(), new SigningMatched.CapacityRequest(landHa, 1, 10), Instant.now());
    }

    /** The newest snapshot of the park published after the mark that satisfies {@code wanted}. */
    private JsonNode lastSnapshot(Map<TopicPartition, Long> mark, String parkCode,
                                  java.util.function.Predicate<JsonNode> wanted) {
        return await().atMost(WAIT).until(() -> {
            List<ConsumerRecord<String, String>> records = parkCapacity.readToEnd(mark).stream()
                    .filter(record -> parkCode.equals(record.key())).toList();
            return records.isEmpty() ? null : JSON.readTree(records.get(records.size() - 1).value());
        }, json -> json != null && wanted.test(json));
    }
}
