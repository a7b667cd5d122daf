package cn.yanzhen.capacity.api;

import static cn.yanzhen.capacity.api.CapacityFixtures.match;
import static cn.yanzhen.platform.testing.Tokens.asMonitor;
import static cn.yanzhen.platform.testing.Tokens.asRegionalOffice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import cn.yanzhen.contracts.CloudEventHeaders;
import cn.yanzhen.contracts.EventTypes;
import cn.yanzhen.contracts.Topics;
import cn.yanzhen.contracts.matching.SigningMatched.Verdict;
import cn.yanzhen.platform.testing.EventPublisher;
import cn.yanzhen.platform.testing.TestInfrastructure;
import cn.yanzhen.platform.testing.TopicReader;
import cn.yanzhen.platform.testing.YanzhenTestResource;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A newer producer's match reaches this reader through the real broker (docs/contract.md §6.6): fields it
 * does not know are read past, a verdict it does not know is dead-lettered.
 */
@QuarkusTest
@WithTestResource(YanzhenTestResource.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventCompatibilityTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private EventPublisher publisher;
    private TopicReader deadLetters;

    @BeforeAll
    void connect() {
        String kafka = TestInfrastructure.endpoints().kafkaBootstrap();
        publisher = new EventPublisher(kafka);
        deadLetters = new TopicReader(kafka, Topics.MATCHES.deadLetterTopic());
    }

    @AfterAll
    void disconnect() {
        publisher.close();
        deadLetters.close();
    }

    @Test
    void aMatchWithFieldsThisReaderDoesNotKnowIsAppliedNotDeadLettered() {
        asRegionalOffice("450400").contentType(ContentType.JSON)
                .body(CapacityFixtures.profile(100, 30_000, 50_000).toString())
                .put("/api/regions/450400/capacity").then().statusCode(201);
        Map<TopicPartition, Long> mark = deadLetters.mark();
        UUID signing = UUID.randomUUID();
        ObjectNode newer = EventPublisher.JSON.valueToTree(match(signing, "450400", Verdict.RECOMMENDED, 12, 40, 2));
        newer.put("carbonIntensity", 0.42);
        ((ObjectNode) newer.get("capacityRequest")).put("waterTonnesPerDay", 300);

        String eventId = publish(signing, newer);

        await().atMost(WAIT).untilAsserted(() -> asMonitor().get("/api/regions/450400").then()
                .body("reserved.landHa", equalTo(12.0f)));
        assertThat(deadLetters.readToEnd(mark)).noneMatch(record -> eventId.equals(eventIdOf(record)));
    }

    @Test
    void aVerdictThisReaderDoesNotKnowIsDeadLettered() {
        Map<TopicPartition, Long> mark = deadLetters.mark();
        UUID signing = UUID.randomUUID();
        ObjectNode newer = EventPublisher.JSON.valueToTree(match(signing, "450800", Verdict.ACCEPTABLE, 1, 1, 1));
        newer.put("verdict", "CONDITIONAL");

        String eventId = publish(signing, newer);

        ConsumerRecord<String, String> dead = deadLetters.awaitRecords(mark, 1, WAIT).stream()
                .filter(record -> eventId.equals(eventIdOf(record))).findFirst().orElseThrow();
        assertThat(TopicReader.header(dead, "dead-letter-reason")).contains("CONDITIONAL");
    }

    private String publish(UUID signing, ObjectNode payload) {
        return publisher.publish(Topics.MATCHES.name(), EventTypes.SIGNING_MATCHED, signing.toString(), payload.toString());
    }

    private static String eventIdOf(ConsumerRecord<String, String> record) {
        return TopicReader.header(record, CloudEventHeaders.ID);
    }
}
