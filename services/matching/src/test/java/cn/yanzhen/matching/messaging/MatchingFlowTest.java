package cn.yanzhen.matching.messaging;

import static cn.yanzhen.platform.testing.Tokens.asAdmin;
import static cn.yanzhen.platform.testing.Tokens.asMonitor;
import static cn.yanzhen.platform.testing.Tokens.asRegionalOffice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import cn.yanzhen.contracts.ContractValidator;
import cn.yanzhen.contracts.EventTypes;
import cn.yanzhen.contracts.Topics;
import cn.yanzhen.contracts.capacity.RegionCapacity.Amounts;
import cn.yanzhen.contracts.capacity.RegionCapacity.Profile;
import cn.yanzhen.contracts.capacity.RegionCapacity;
import cn.yanzhen.contracts.signing.Investor;
import cn.yanzhen.contracts.signing.Signing;
import cn.yanzhen.contracts.signing.SigningStatus;
import cn.yanzhen.matching.persistence.CapacityViews;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Capacity snapshots and signings arrive through the real broker, as capacity and intake publish them. */
@QuarkusTest
@WithTestResource(YanzhenTestResource.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MatchingFlowTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Amounts AMPLE = new Amounts(10_000, 1_000_000, 1_000_000);

    @Inject
    CapacityViews views;

    @Inject
    EntityManager entityManager;

    private EventPublisher publisher;
    private TopicReader matches;
    private TopicReader alerts;

    @BeforeAll
    void connect() {
        String kafka = TestInfrastructure.endpoints().kafkaBootstrap();
        publisher = new EventPublisher(kafka);
        matches = new TopicReader(kafka, Topics.MATCHES.name());
        alerts = new TopicReader(kafka, Topics.ALERTS.name());
    }

    @AfterAll
    void disconnect() {
        publisher.close();
        matches.close();
        alerts.close();
    }

    @Test
    void aRestrictedIndustryIsAMismatch() throws Exception {
        capacity("530300", profile(60, List.of(), List.of(), List.of("30")), AMPLE);

        JsonNode result = matchOf(signing("530300", "3011", 10, 5, 100));

        assertThat(result.get("verdict").asText()).isEqualTo("MISMATCH");
        assertThat(codes(result)).contains("RESTRICTED_INDUSTRY");
        assertThat(result.get("factorClass").asText()).isEqualTo("RESOURCE");
    }

    @Test
    void aLabourIntensiveSigningNeedingMoreJobsThanRemainIsShortAndNotRecommended() throws Exception {
        capacity("530400", profile(80, List.of("19"), List.of("195"), List.of()), new Amounts(1000, 400, 1000));

        JsonNode result = matchOf(signing("530400", "1951", 10, 5, 2500));

        assertThat(codes(result)).contains("LABOUR_SHORTAGE", "INDUSTRIAL_BASE_MATCH", "PRIORITISED_INDUSTRY");
        assertThat(result.get("verdict").asText()).isNotEqualTo("RECOMMENDED");
    }

    @Test
    void theSameSigningScoresHigherWhereTheBaseHoldsItsDivisionAndCapacityIsAmple() throws Exception {
        capacity("530500", profile(75, List.of("38"), List.of(), List.of()), AMPLE);
        capacity("532300", profile(75, List.of("13"), List.of(), List.of()), new Amounts(5, 50, 5));

        JsonNode fit = matchOf(signing("530500", "3841", 40, 120, 1200));
        JsonNode unfit = matchOf(signing("532300", "3841", 40, 120, 1200));

        assertThat(fit.get("score").asInt()).isGreaterThan(unfit.get("score").asInt());
        assertThat(codes(fit)).contains("INDUSTRIAL_BASE_MATCH").doesNotContain("LAND_SHORTAGE");
        assertThat(codes(unfit)).contains("LAND_SHORTAGE", "ENERGY_SHORTAGE", "LABOUR_SHORTAGE");
        List<String> alternatives = new ArrayList<>();
        unfit.get("alternatives").forEach(alternative -> alternatives.add(alternative.get("region").asText()));
        assertThat(alternatives).contains("530500").hasSizeLessThanOrEqualTo(3);
    }

    @Test
    void noRemainingLandIsALandShortage() throws Exception {
        capacity("532500", profile(60, List.of(), List.of(), List.of()), new Amounts(0, 10_000, 10_000));

        assertThat(codes(matchOf(signing("532500", "3252", 0.5, 1, 10)))).contains("LAND_SHORTAGE");
    }

    @Test
    void noProfileUpTheHierarchyIsUnknownCapacity() throws Exception {
        JsonNode result = matchOf(signing("540000", "2110", 10, 1, 100));

        assertThat(codes(result)).contains("UNKNOWN_CAPACITY").doesNotContain("LAND_SHORTAGE");
        assertThat(result.get("verdict").asText()).isNotEqualTo("RECOMMENDED");
    }

    @Test
    void fiveRegionsOfAZoneWithTheSameGroupMakeTheSixthHomogeneousAndAlertOnce() throws Exception {
        Map<TopicPartition, Long> alertMark = alerts.mark();
        for (String region : List.of("620100", "620400", "620500", "620900", "621000")) {
            assertThat(codes(matchOf(signing(region, "1810", 1, 1, 10)))).doesNotContain("HOMOGENEOUS_COMPETITION");
        }

        JsonNode sixth = matchOf(signing("630000", "1810", 1, 1, 10));
        JsonNode seventh = matchOf(signing("640000", "1810", 1, 1, 10));

        assertThat(codes(sixth)).contains("HOMOGENEOUS_COMPETITION");
        assertThat(codes(seventh)).contains("HOMOGENEOUS_COMPETITION");
        assertThat(codes(matchOf(signing("320500", "1810", 1, 1, 10)))).doesNotContain("HOMOGENEOUS_COMPETITION");
        await().atMost(WAIT).until(() -> alerts.countSince(alertMark) >= 1);
        List<ConsumerRecord<String, String>> raised = alerts.awaitRecords(alertMark, 1, WAIT).stream()
                .filter(record -> "WEST:181".equals(record.key())).toList();
        assertThat(raised).hasSize(1);
        assertThat(raised.get(0).value()).contains("HOMOGENEOUS_COMPETITION");
        assertThat(ContractValidator.violations(EventTypes.ALERT,
                EventPublisher.JSON.readTree(raised.get(0).value()))).isEmpty();
    }

    @Test
    void aWithdrawnSigningNoLongerCountsTowardsHomogeneousCompetition() throws Exception {
        Signing withdrawn = null;
        for (String region : List.of("150100", "150200", "150600", "450100", "450200")) {
            Signing signing = signing(region, "1711", 1, 1, 10);
            assertThat(codes(matchOf(signing))).doesNotContain("HOMOGENEOUS_COMPETITION");
            withdrawn = signing;
        }
        UUID withdrawnId = withdrawn.id();
        publisher.publish(Topics.SIGNINGS.name(), EventTypes.SIGNING_WITHDRAWN, withdrawnId.toString(), withdrawn);
        await().atMost(WAIT).until(() -> QuarkusTransaction.requiringNew().call(() -> (Boolean) entityManager
                .createNativeQuery("select withdrawn from signing_facts where signing_id = ?1")
                .setParameter(1, withdrawnId).getSingleResult()));

        assertThat(codes(matchOf(signing("450300", "1711", 1, 1, 10)))).doesNotContain("HOMOGENEOUS_COMPETITION");
        assertThat(codes(matchOf(signing("450400", "1711", 1, 1, 10)))).contains("HOMOGENEOUS_COMPETITION");
    }

    @Test
    void aRedeliveryChangesNothingAndARematchPublishesANewResult() throws Exception {
        capacity("511000", profile(60, List.of("13"), List.of(), List.of()), AMPLE);
        Signing signing = signing("511000", "1340", 5, 5, 50);
        Map<TopicPartition, Long> mark = matches.mark();
        String eventId = publisher.publish(Topics.SIGNINGS.name(), EventTypes.SIGNING_REGISTERED,
                signing.id().toString(), signing);
        publisher.publish(Topics.SIGNINGS.name(), EventTypes.SIGNING_REGISTERED, signing.id().toString(), signing,
                eventId);
        ConsumerRecord<String, String> first = awaitResult(mark, signing.id());

        asRegionalOffice("450000").post("/api/matches/" + signing.id() + "/rematch").then().statusCode(403);
        String rematched = asRegionalOffice("510000").post("/api/matches/" + signing.id() + "/rematch").then()
                .statusCode(200).extract().path("signingId");
        assertThat(rematched).isEqualTo(signing.id().toString());

        List<ConsumerRecord<String, String>> results = matches.awaitRecords(mark, 2, WAIT).stream()
                .filter(record -> record.key().equals(signing.id().toString())).toList();
        assertThat(results).hasSize(2);
        assertThat(TopicReader.header(results.get(1), "ce_id")).isNotEqualTo(TopicReader.header(first, "ce_id"));
        assertThat(TopicReader.header(first, "ce_actor")).contains("\"roles\":[\"service\"]");
        assertThat(TopicReader.header(results.get(1), "ce_actor")).contains("\"region\":\"510000\"");
        asMonitor().get("/api/matches/" + signing.id() + "/history").then().body("size()", equalTo(2));
        asAdmin().queryParam("entity", "match:" + signing.id()).get("/api/audit").then()
                .body("total", equalTo(1)).body("items[0].subject", equalTo("office-510000"))
                .body("items[0].before.matchedAt", equalTo(EventPublisher.JSON.readTree(first.value())
                        .get("matchedAt").asText()));
        asAdmin().post("/api/matches/" + UUID.randomUUID() + "/rematch").then().statusCode(404);
    }

    @Test
    void listsCurrentResultsByVerdictEventAndRegion() throws Exception {
        capacity("511100", profile(60, List.of(), List.of(), List.of("27")), AMPLE);
        Signing signing = signing("511100", "2740", 1, 1, 1);
        matchOf(signing);

        asMonitor().get("/api/matches?verdict=MISMATCH&event=LIST-TEST&region=510000").then().statusCode(200)
                .body("items.signingId", hasItem(signing.id().toString()));
        asMonitor().get("/api/matches?region=450000&event=LIST-TEST").then().body("total", equalTo(0));
        asMonitor().get("/api/matches?verdict=GOOD").then().statusCode(400).body("errors.field", hasItem("verdict"));
        asMonitor().get("/api/matches/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void poisonGoesToTheDeadLetterTopicAndTheSigningsBehindItAreMatched() throws Exception {
        try (TopicReader deadLetters = new TopicReader(TestInfrastructure.endpoints().kafkaBootstrap(),
                Topics.SIGNINGS.deadLetterTopic())) {
            Map<TopicPartition, Long> mark = deadLetters.mark();
            String key = UUID.randomUUID().toString();
            publisher.publishRaw(new ProducerRecord<>(Topics.SIGNINGS.name(), key, "[1,2"));
            publisher.publish(Topics.SIGNINGS.name(), "yanzhen.unknown.type", key, "{}");

            assertThat(matchOf(signing("511400", "1371", 1, 1, 1)).get("signingId")).isNotNull();
            assertThat(deadLetters.awaitRecords(mark, 2, WAIT)).extracting(ConsumerRecord::key).containsOnly(key);
        }
    }

    @Test
    void aSigningThatCannotBeMatchedIsDeadLetteredAndTheRestOfItsBatchIsMatched() throws Exception {
        try (TopicReader deadLetters = new TopicReader(TestInfrastructure.endpoints().kafkaBootstrap(),
                Topics.SIGNINGS.deadLetterTopic())) {
            Map<TopicPartition, Long> deadMark = deadLetters.mark();
            Map<TopicPartition, Long> matchMark = matches.mark();
            List<Signing> good = new ArrayList<>();
            Signing nowhere = signing("999999", "1371", 1, 1, 1);
            for (int i = 0; i < 40; i++) {
                if (i == 20) {
                    publisher.publish(Topics.SIGNINGS.name(), EventTypes.SIGNING_REGISTERED, nowhere.id().toString(),
                            nowhere);
                }
                Signing signing = signing("511400", "1371", 1, 1, 1);
                good.add(signing);
                publisher.publish(Topics.SIGNINGS.name(), EventTypes.SIGNING_REGISTERED, signing.id().toString(),
                        signing);
            }

            Set<String> goodKeys = good.stream().map(signing -> signing.id().toString()).collect(Collectors.toSet());
            assertThat(matches.awaitMatching(matchMark, record -> goodKeys.contains(record.key()), good.size(), WAIT))
                    .extracting(ConsumerRecord::key).containsExactlyInAnyOrderElementsOf(goodKeys);
            List<ConsumerRecord<String, String>> dead = deadLetters.awaitRecords(deadMark, 1, WAIT);
            assertThat(dead).extracting(ConsumerRecord::key).containsExactly(nowhere.id().toString());
            assertThat(TopicReader.header(dead.get(0), "dead-letter-reason")).contains("999999");
        }
    }

    private void capacity(String region, Profile profile, Amounts remaining) {
        Instant now = Instant.now();
        RegionCapacity snapshot = new RegionCapacity(region, "WEST", 1, profile,
                new Amounts(profile.landAvailableHa() - remaining.landHa(),
                        profile.labourAvailable() - remaining.labour(),
                        profile.energyAvailableGwhPerYear() - remaining.energyGwhPerYear()),
                remaining, false, now);
        publisher.publish(Topics.REGION_CAPACITY.name(), EventTypes.REGION_CAPACITY, region, snapshot);
        await().atMost(WAIT).until(() -> QuarkusTransaction.requiringNew().call(() -> views.all().containsKey(region)
                && !views.all().get(region).updatedAt().isBefore(now)));
    }

    private static Profile profile(int infrastructure, List<String> base, List<String> prioritised,
                                   List<String> restricted) {
        return new Profile(3, 10_000, 1_000_000, 1_000_000, 0.3, infrastructure, base, prioritised, restricted);
    }

    private static Signing signing(String destination, String industry, double land, double energy, int jobs) {
        return new Signing(UUID.randomUUID(), "LIST-TEST", "REF-" + UUID.randomUUID(), "测试项目",
                new Investor("深圳市测试有限公司", "91350100M000100Y43", "440300"), destination, null, industry,
                500_000_000L, LocalDate.of(2025, 7, 20), jobs, land, energy, null, SigningStatus.REGISTERED,
                Instant.now(), null, null, null);
    }

    private JsonNode matchOf(Signing signing) throws Exception {
        Map<TopicPartition, Long> mark = matches.mark();
        publisher.publish(Topics.SIGNINGS.name(), EventTypes.SIGNING_REGISTERED, signing.id().toString(), signing);
        ConsumerRecord<String, String> record = awaitResult(mark, signing.id());
        JsonNode result = EventPublisher.JSON.readTree(record.value());
        assertThat(ContractValidator.violations(EventTypes.SIGNING_MATCHED, result)).isEmpty();
        assertThat(TopicReader.header(record, "ce_type")).isEqualTo(EventTypes.SIGNING_MATCHED);
        return result;
    }

    private ConsumerRecord<String, String> awaitResult(Map<TopicPartition, Long> mark, UUID signingId) {
        return matches.awaitMatching(mark, record -> record.key().equals(signingId.toString()), 1, WAIT).get(0);
    }

    private static List<String> codes(JsonNode result) {
        List<String> codes = new ArrayList<>();
        result.get("reasons").forEach(reason -> codes.add(reason.get("code").asText()));
        return codes;
    }
}
