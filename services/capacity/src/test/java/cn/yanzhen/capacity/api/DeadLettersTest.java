package cn.yanzhen.capacity.api;

import static cn.yanzhen.capacity.api.CapacityFixtures.match;
import static cn.yanzhen.platform.testing.Tokens.asAdmin;
import static cn.yanzhen.platform.testing.Tokens.asMonitor;
import static cn.yanzhen.platform.testing.Tokens.asRegionalOffice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import cn.yanzhen.contracts.CloudEventHeaders;
import cn.yanzhen.contracts.EventTypes;
import cn.yanzhen.contracts.Topics;
import cn.yanzhen.contracts.matching.SigningMatched.Verdict;
import cn.yanzhen.contracts.matching.SigningMatched;
import cn.yanzhen.platform.testing.EventPublisher;
import cn.yanzhen.platform.testing.ManagementInterface;
import cn.yanzhen.platform.testing.TestInfrastructure;
import cn.yanzhen.platform.testing.TopicReader;
import cn.yanzhen.platform.testing.YanzhenTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Dead letters are listed, replayed once after a fix and applied once (docs/contract.md §6.5). */
@QuarkusTest
@WithTestResource(YanzhenTestResource.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeadLettersTest {

    /** Health, metrics and OpenAPI: the management interface, a port of its own. */
    @TestHTTPResource(value = "/", management = true)
    URL management;

    private static final String MATCHES_DLQ = Topics.MATCHES.deadLetterTopic();
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Pattern WAITING_GAUGE =
            Pattern.compile("yanzhen_dead_letters_waiting\\{dlq=\"" + Pattern.quote(MATCHES_DLQ) + "\"[^}]*} ([0-9.]+)");

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
    void aMatchRefusedByABadConstraintIsReplayedAfterTheFixAndAppliedOnce() {
        putProfile("451100", 5000);
        Map<TopicPartition, Long> before = matches.mark();
        // a migration that went wrong: no reservation may exceed 1,000 ha
        sql("alter table reservation add constraint reservation_land_below_1000 check (land_ha < 1000)");
        try {
            deadLetteredThenReplayedOnce(before);
        } finally {
            sql("alter table reservation drop constraint if exists reservation_land_below_1000");
        }
    }

    private void deadLetteredThenReplayedOnce(Map<TopicPartition, Long> before) {
        UUID signing = UUID.randomUUID();
        String eventId = publish(match(signing, "451100", Verdict.ACCEPTABLE, 1200, 300, 5));

        JsonPath queue = await().atMost(WAIT).until(() -> matchesQueue(), listed -> letterOf(listed, eventId) != null);
        Map<String, Object> letter = letterOf(queue, eventId);
        assertThat(letter).containsEntry("ceType", EventTypes.SIGNING_MATCHED).containsEntry("replayed", false);
        assertThat((String) letter.get("reason")).isNotBlank();
        long waiting = queue.getLong("waiting");
        assertThat(waiting).isPositive();
        assertThat(waitingGauge()).isEqualTo(waiting);
        assertThat(ManagementInterface.given(management).get("/q/metrics").asString())
                .containsPattern("yanzhen_dead_letters_total\\{[^}]*topic=\"yanzhen.matches\"[^}]*} [1-9]");
        asRegionalOffice("451100").get("/api/regions/451100/reservations").then().body("total", equalTo(0));
        asMonitor().get("/api/admin/dead-letters").then().statusCode(403);

        sql("alter table reservation drop constraint reservation_land_below_1000");
        replay(eventId).then().statusCode(200).body("topic", equalTo("yanzhen.matches"))
                .body("replayed", equalTo(List.of(eventId))).body("alreadyReplayed", equalTo(0))
                .body("waiting", equalTo((int) waiting - 1));

        await().atMost(WAIT).untilAsserted(() -> asMonitor().get("/api/regions/451100/reservations").then()
                .body("total", equalTo(1)).body("items[0].signingId", equalTo(signing.toString())));
        assertThat(waitingGauge()).isEqualTo(waiting - 1);
        assertThat(letterOf(matchesQueue(), eventId)).containsEntry("replayed", true);

        replay(eventId).then().statusCode(200).body("replayed", equalTo(List.of())).body("alreadyReplayed", equalTo(1));
        assertThat(copiesOn(before, eventId)).as("the original and one replay").isEqualTo(2);
        asMonitor().get("/api/regions/451100").then().body("reserved.landHa", equalTo(1200.0f));
        asAdmin().get("/api/audit?entity=dlq:" + MATCHES_DLQ).then().body("total", equalTo(2))
                .body("items[1].action", equalTo("dead-letters.replay"))
                .body("items[1].after.replayed", equalTo(List.of(eventId)));
        replay("yanzhen.nothing.dlq", eventId).then().statusCode(404);
    }

    private static void putProfile(String region, double landHa) {
        asRegionalOffice(region).contentType(ContentType.JSON)
                .body(CapacityFixtures.profile(landHa, 30_000, 50_000).toString())
                .put("/api/regions/" + region + "/capacity").then().statusCode(201);
    }

    private String publish(SigningMatched match) {
        return publisher.publish(Topics.MATCHES.name(), EventTypes.SIGNING_MATCHED, match.signingId().toString(), match);
    }

    private void sql(String statement) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(statement).executeUpdate());
    }

    private static Response replay(String eventId) {
        return replay(MATCHES_DLQ, eventId);
    }

    private static Response replay(String dlq, String eventId) {
        return asAdmin().queryParam("ceId", eventId).post("/api/admin/dead-letters/" + dlq + "/replay");
    }

    private static JsonPath matchesQueue() {
        JsonPath listed = asAdmin().get("/api/admin/dead-letters").then().statusCode(200).extract().jsonPath();
        assertThat(listed.getList("items.dlq", String.class)).containsExactly("yanzhen.matches.dlq", "yanzhen.parks.dlq", "yanzhen.signings.dlq");
        return listed.setRootPath("items.find { it.dlq == '" + MATCHES_DLQ + "' }");
    }

    private static Map<String, Object> letterOf(JsonPath queue, String eventId) {
        return queue.getMap("letters.find { it.ceId == '" + eventId + "' }");
    }

    private long waitingGauge() {
        Matcher gauge = WAITING_GAUGE.matcher(ManagementInterface.given(management).get("/q/metrics").asString());
        assertThat(gauge.find()).as("yanzhen_dead_letters_waiting of %s on /q/metrics", MATCHES_DLQ).isTrue();
        return (long) Double.parseDouble(gauge.group(1));
    }

    private long copiesOn(Map<TopicPartition, Long> mark, String eventId) {
        return matches.readToEnd(mark).stream()
                .filter(record -> eventId.equals(TopicReader.header(record, CloudEventHeaders.ID))).count();
    }
}
