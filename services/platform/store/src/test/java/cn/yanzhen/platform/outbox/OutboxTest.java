package cn.yanzhen.platform.outbox;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yanzhen.contracts.EventTypes;
import cn.yanzhen.contracts.Topics;
import cn.yanzhen.contracts.alert.Alert;
import cn.yanzhen.platform.consumer.ProcessedMessages;
import cn.yanzhen.platform.testing.ManagementInterface;
import cn.yanzhen.platform.testing.TestInfrastructure;
import cn.yanzhen.platform.testing.TopicReader;
import cn.yanzhen.platform.testing.YanzhenTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionalException;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(YanzhenTestResource.class)
class OutboxTest {

    /** Health, metrics and OpenAPI: the management interface, a port of its own. */
    @TestHTTPResource(value = "/", management = true)
    URL management;

    @Inject
    Outbox outbox;
    @Inject
    ProcessedMessages processed;
    @Inject
    EntityManager entityManager;

    @Test
    void publishesCommittedEventsInOrderPerKeyWithTheirIds() {
        String subject = "450500";
        try (TopicReader alerts = new TopicReader(TestInfrastructure.endpoints().kafkaBootstrap(), "yanzhen.alerts")) {
            Map<TopicPartition, Long> mark = alerts.mark();

            List<UUID> ids = QuarkusTransaction.requiringNew().call(() -> outbox.publishAll(List.of(
                    alert(subject, "first"), alert(subject, "second"), alert(subject, "third"))));

            List<ConsumerRecord<String, String>> records = alerts.awaitRecords(mark, 3, Duration.ofSeconds(30));
            assertThat(records).extracting(record -> TopicReader.header(record, "ce_id"))
                    .containsExactlyElementsOf(ids.stream().map(UUID::toString).toList());
            assertThat(records).extracting(ConsumerRecord::value)
                    .allMatch(value -> value.contains("CAPACITY_OVERCOMMITTED"))
                    .satisfies(values -> assertThat(values.get(2)).contains("third"));
            assertThat(records).extracting(record -> TopicReader.header(record, "ce_source"))
                    .containsOnly("/yanzhen/platform-test");
            assertThat(records).extracting(record -> TopicReader.header(record, "ce_actor"))
                    .as("no one calls: the service itself is the actor")
                    .containsOnly("{\"subject\":\"yanzhen-platform\",\"roles\":[\"service\"]}");
        }
    }

    @Test
    void itsRelayLeadsAndTellsWhenItLastPublishedOnATopic() {
        double before = Instant.now().getEpochSecond();
        try (TopicReader alerts = new TopicReader(TestInfrastructure.endpoints().kafkaBootstrap(), "yanzhen.alerts")) {
            Map<TopicPartition, Long> mark = alerts.mark();
            QuarkusTransaction.requiringNew().call(() -> outbox.publishAll(List.of(alert("450600", "now"))));
            alerts.awaitRecords(mark, 1, Duration.ofSeconds(30));
        }

        String metrics = ManagementInterface.given(management).get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).contains("yanzhen_outbox_relay_leading 1.0");
        Matcher published = Pattern.compile("yanzhen_outbox_last_published_timestamp_seconds\\{topic=\"yanzhen.alerts\"} (\\S+)")
                .matcher(metrics);
        assertThat(published.find()).as(metrics).isTrue();
        assertThat(Double.parseDouble(published.group(1))).isBetween(before, Instant.now().getEpochSecond() + 1.0);
    }

    @Test
    void aRolledBackTransactionPublishesNothing() {
        try (TopicReader alerts = new TopicReader(TestInfrastructure.endpoints().kafkaBootstrap(), "yanzhen.alerts")) {
            Map<TopicPartition, Long> mark = alerts.mark();

            assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
                outbox.publish(alert("ROLLED-BACK", "never"));
                throw new IllegalStateException("the state change failed");
            })).isInstanceOf(IllegalStateException.class);
            QuarkusTransaction.requiringNew().run(() -> outbox.publish(alert("MARKER", "after")));

            List<ConsumerRecord<String, String>> records = alerts.awaitRecords(mark, 1, Duration.ofSeconds(30));
            assertThat(records).extracting(ConsumerRecord::key).containsExactly("MARKER");
        }
    }

    @Test
    void needsTheCallersTransaction() {
        assertThatThrownBy(() -> outbox.publish(alert("NO-TX", "x"))).isInstanceOf(TransactionalException.class);
    }

    @Test
    void refusesATypeTheTopicDoesNotCarry() {
        assertThatThrownBy(() -> new OutgoingEvent(Topics.ALERTS, EventTypes.STATS, "all", "x"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anEventIdIsAppliedOncePerConsumer() {
        String eventId = UUID.randomUUID().toString();

        boolean first = QuarkusTransaction.requiringNew().call(() -> processed.firstDeliveries("capacity", List.of(eventId)).contains(eventId));
        boolean again = QuarkusTransaction.requiringNew().call(() -> processed.firstDeliveries("capacity", List.of(eventId)).contains(eventId));
        boolean otherConsumer = QuarkusTransaction.requiringNew()
                .call(() -> processed.firstDeliveries("tracking", List.of(eventId)).contains(eventId));

        assertThat(first).isTrue();
        assertThat(again).isFalse();
        assertThat(otherConsumer).isTrue();
    }

    @Test
    void aBatchIsCheckedAtOnceAndAnIdTwiceInItCountsOnce() {
        String seen = UUID.randomUUID().toString();
        String fresh = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> processed.firstDeliveries("capacity", List.of(seen)));

        Set<String> first = QuarkusTransaction.requiringNew()
                .call(() -> processed.firstDeliveries("capacity", List.of(seen, fresh, fresh)));

        assertThat(first).containsExactly(fresh);
    }

    @Test
    void aRolledBackEffectForgetsTheEventIdToo() {
        String eventId = UUID.randomUUID().toString();

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            processed.firstDeliveries("matching", List.of(eventId)).contains(eventId);
            throw new IllegalStateException("effect failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(QuarkusTransaction.requiringNew().call(() -> processed.firstDeliveries("matching", List.of(eventId)).contains(eventId)))
                .isTrue();
    }

    private static OutgoingEvent alert(String subject, String detail) {
        return new OutgoingEvent(Topics.ALERTS, EventTypes.ALERT, subject, new Alert(
                Alert.AlertCode.CAPACITY_OVERCOMMITTED, Alert.Severity.WARNING, subject, detail, Instant.now()));
    }
}
