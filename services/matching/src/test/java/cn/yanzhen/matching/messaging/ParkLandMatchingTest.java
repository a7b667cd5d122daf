package cn.yanzhen.matching.messaging;

import static cn.yanzhen.platform.testing.Tokens.asRegionalOffice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.yanzhen.contracts.ContractValidator;
import cn.yanzhen.contracts.EventTypes;
import cn.yanzhen.contracts.Topics;
import cn.yanzhen.contracts.capacity.ParkCapacity;
import cn.yanzhen.contracts.capacity.RegionCapacity;
import cn.yanzhen.contracts.capacity.RegionCapacity.Amounts;
import cn.yanzhen.contracts.capacity.RegionCapacity.Profile;
import cn.yanzhen.contracts.signing.Investor;
import cn.yanzhen.contracts.signing.Signing;
import cn.yanzhen.contracts.signing.SigningStatus;
import cn.yanzhen.matching.persistence.ParkCapacityViews;
import cn.yanzhen.platform.testing.EventPublisher;
import cn.yanzhen.platform.testing.TestInfrastructure;
import cn.yanzhen.platform.testing.TopicReader;
import cn.yanzhen.platform.testing.YanzhenTestResource;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Park land snapshots and signings that name a park arrive through the real broker, as capacity and intake publish them. */
@QuarkusTest
@WithTestResource(YanzhenTestResource.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ParkLandMatchingTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    ParkCapacityViews parks;

    @Inject
    EntityManager entityManager;

    private EventPublisher publisher;
    private TopicReader matches;

    @BeforeAll
    void connect() {
        String kafka = TestInfrastructure.endpoints().kafkaBootstrap();
        publisher = new EventPublisher(kafka);
        matches = new TopicReader(kafka, Topics.MATCHES.name());
    }

    @AfterAll
    void disconnect() {
        publisher.close();
        matches.close();
    }

    @Test
    void aSigningNeedingMoreLandThanItsParkHasLeftIsShortAsARegionWouldBe() throws Exception {
        regionWithAmpleCapacity("510100");
        park("SC-SHORT", 1, 100);

        // 10 ha × 15 = 150 亩 > 100 亩; 6 ha = 90 亩 fits
        JsonNode short_ = matchOf(signing("510100", "1351", 10, "SC-SHORT"));
        JsonNode fits = matchOf(signing("510100", "1351", 6, "SC-SHORT"));
        JsonNode noPark = matchOf(signing("510100", "1351", 10, null));

        JsonNode reason = reason(short_, "PARK_LAND_SHORT");
        assertThat(reason.get("weight").asInt()).isEqualTo(-20);
        assertThat(reason.get("detail").asText()).startsWith("园区 SC-SHORT 剩余用地 100.0 亩，项目需 150.0 亩")
                .contains("needs 150.0 mu (10.0 ha), 100.0 mu remain");
        assertThat(short_.get("score").asInt()).isEqualTo(noPark.get("score").asInt() - 20);
        assertThat(reason(fits, "PARK_LAND_SHORT")).isNull();
        assertThat(fits.get("score").asInt()).isEqualTo(noPark.get("score").asInt());
    }

    @Test
    void theLatestVersionOfAParkCountsAndARematchReadsItAgain() throws Exception {
        regionWithAmpleCapacity("510400");
        park("SC-MOVE", 3, 500);
        String older = publisher.publish(Topics.PARK_CAPACITY.name(), EventTypes.PARK_CAPACITY, "SC-MOVE",
                snapshot("SC-MOVE", 2, 10));
        await().atMost(WAIT).until(() -> applied(older));
        Signing signing = signing("510400", "1361", 10, "SC-MOVE");

        assertThat(reason(matchOf(signing), "PARK_LAND_SHORT")).as("version 3 (500 亩) stands over version 2").isNull();

        park("SC-MOVE", 4, 0);
        JsonNode rematched = EventPublisher.JSON.readTree(asRegionalOffice("510000")
                .post("/api/matches/" + signing.id() + "/rematch").then().statusCode(200).extract().asString());
        assertThat(reason(rematched, "PARK_LAND_SHORT")).isNotNull();
    }

    @Test
    void aParkMatchingHasNotHeardOfGivesNoReason() throws Exception {
        regionWithAmpleCapacity("510700");
        assertThat(reason(matchOf(signing("510700", "1371", 10, "SC-UNHEARD")), "PARK_LAND_SHORT")).isNull();
    }

    @Test
    void poisonOnTheParkLandTopicIsDeadLetteredAndTheSnapshotsBehindItKept() {
        try (TopicReader deadLetters = new TopicReader(TestInfrastructure.endpoints().kafkaBootstrap(),
                Topics.PARK_CAPACITY.deadLetterTopic())) {
            Map<TopicPartition, Long> mark = deadLetters.mark();
            publisher.publishRaw(new ProducerRecord<>(Topics.PARK_CAPACITY.name(), "SC-POISON", "{\"parkCode\""));
            publisher.publish(Topics.PARK_CAPACITY.name(), EventTypes.PARK_CAPACITY, "SC-POISON",
                    "{\"parkCode\": \"SC-POISON\", \"version\": \"many\"}");
            park("SC-POISON", 1, 42);

            List<ConsumerRecord<String, String>> dead = deadLetters.awaitRecords(mark, 2, WAIT);
            assertThat(dead).extracting(ConsumerRecord::key).containsOnly("SC-POISON");
            assertThat(dead).allSatisfy(record ->
                    assertThat(TopicReader.header(record, "dead-letter-reason")).isNotBlank());
        }
    }

    private void regionWithAmpleCapacity(String region) {
        Profile profile = new Profile(3, 10_000, 1_000_000, 1_000_000, 0.3, 60, List.of(), List.of(), List.of());
        Amounts ample = new Amounts(10_000, 1_000_000, 1_000_000);
        String eventId = publisher.publish(Topics.REGION_CAPACITY.name(), EventTypes.REGION_CAPACITY, region,
                new RegionCapacity(region, "WEST", 1, profile, new Amounts(0, 0, 0), ample, false, Instant.now()));
        await().atMost(WAIT).until(() -> applied(eventId));
    }

    /** Whether matching's consumers took the event (applied or, when older than what it holds, passed over). */
    private boolean applied(String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                        "select count(*) from processed_message where event_id = ?1")
                .setParameter(1, eventId).getSingleResult()).longValue() == 1);
    }

    /** Publishes the park's land and waits until matching holds that version. */
    private void park(String code, long version, double remainingMu) {
        publisher.publish(Topics.PARK_CAPACITY.name(), EventTypes.PARK_CAPACITY, code,
                snapshot(code, version, remainingMu));
        await().atMost(WAIT).until(() -> QuarkusTransaction.requiringNew().call(() ->
                parks.of(Set.of(code)).containsKey(code) && parks.of(Set.of(code)).get(code).version() == version));
    }

    private static ParkCapacity snapshot(String code, long version, double remainingMu) {
        return new ParkCapacity(code, "园区 " + code, "510100", version, 1000, 1000 - remainingMu, remainingMu, 3,
                Instant.now());
    }

    private static Signing signing(String destination, String industry, double landHa, String parkCode) {
        return new Signing(UUID.randomUUID(), "PARK-TEST", "REF-" + UUID.randomUUID(), "园区项目",
                new Investor("深圳市测试有限公司", "91350100M000100Y43", "440300"), destination,
                parkCode == null ? null : "园区 " + parkCode, industry, 500_000_000L, LocalDate.of(2025, 7, 20), 10,
                landHa, 1.0, null, SigningStatus.REGISTERED, Instant.now(), null, null, null, parkCode, null);
    }

    private JsonNode matchOf(Signing signing) throws Exception {
        Map<TopicPartition, Long> mark = matches.mark();
        publisher.publish(Topics.SIGNINGS.name(), EventTypes.SIGNING_REGISTERED, signing.id().toString(), signing);
        ConsumerRecord<String, String> record = matches.awaitMatching(mark,
                candidate -> candidate.key().equals(signing.id().toString()), 1, WAIT).get(0);
        JsonNode result = EventPublisher.JSON.readTree(record.value());
        assertThat(ContractValidator.violations(EventTypes.SIGNING_MATCHED, result)).isEmpty();
        return result;
    }

    private static JsonNode reason(JsonNode result, String code) {
        for (JsonNode reason : result.get("reasons")) {
            if (code.equals(reason.get("code").asText())) {
                return reason;
            }
        }
        return null;
    }
}
