package cn.yanzhen.platform.outbox;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;

import cn.yanzhen.contracts.EventTypes;
import cn.yanzhen.contracts.Topics;
import cn.yanzhen.contracts.alert.Alert;
import cn.yanzhen.platform.testing.ManagementInterface;
import cn.yanzhen.platform.testing.TestInfrastructure;
import cn.yanzhen.platform.testing.TopicReader;
import cn.yanzhen.platform.testing.YanzhenTestResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.net.URL;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

/**
 * Two relays on one outbox, as two replicas of a service run them, each with a real producer; the leader's
 * producer throws an {@link OutOfMemoryError} on its next send.
 */
@QuarkusTest
@TestProfile(RelayReplicasTest.NoRelayOfItsOwn.class)
@WithTestResource(YanzhenTestResource.class)
class RelayReplicasTest {

    /** Health, metrics and OpenAPI: the management interface, a port of its own. */
    @TestHTTPResource(value = "/", management = true)
    URL management;

    /** The application's own relay stays off: the test runs the two replicas' relays itself. */
    public static class NoRelayOfItsOwn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("yanzhen.outbox.relay.enabled", "false", "yanzhen.outbox.relay.max-unsent-age", "2s");
        }
    }

    @Inject
    Outbox outbox;
    @Inject
    OutboxRelay relay;
    @Inject
    AgroalDataSource dataSource;

    @Test
    void anOutOfMemoryErrorInTheLeaderLeavesNoLockHeldAndTheOtherReplicaPublishesWithinAPoll() throws Exception {
        AtomicBoolean outOfMemoryOnNextSend = new AtomicBoolean();
        AtomicReference<Instant> failedAt = new AtomicReference<>();
        RelayWorker leader = relay.newWorker(new KafkaProducer<>(relay.producerConfig()) {
            @Override
            public Future<RecordMetadata> send(ProducerRecord<String, byte[]> record) {
                if (outOfMemoryOnNextSend.getAndSet(false)) {
                    failedAt.set(Instant.now());
                    throw new OutOfMemoryError("injected: Java heap space");
                }
                return super.send(record);
            }
        });
        RelayWorker standby = relay.newWorker(new KafkaProducer<>(relay.producerConfig()));
        try (TopicReader alerts = new TopicReader(TestInfrastructure.endpoints().kafkaBootstrap(), "yanzhen.alerts")) {
            Map<TopicPartition, Long> start = alerts.mark();
            leader.start("relay-replica-1");
            UUID first = publish("led by replica 1");
            alerts.awaitRecords(start, 1, Duration.ofSeconds(30));
            Map<TopicPartition, Long> mark = alerts.mark();
            assertThat(leader.leading()).isTrue();
            standby.start("relay-replica-2");

            outOfMemoryOnNextSend.set(true);
            UUID second = publish("sent after replica 1 ran out of memory");

            List<ConsumerRecord<String, String>> records = alerts.awaitRecords(mark, 1, Duration.ofSeconds(30));
            Instant publishedAt = Instant.now();
            assertThat(records).extracting(record -> TopicReader.header(record, "ce_id"))
                    .contains(second.toString()).doesNotContain(first.toString());
            assertThat(Duration.between(failedAt.get(), publishedAt))
                    .as("from the error to the other replica's publish: one poll (500 ms) and the send")
                    .isLessThan(Duration.ofSeconds(2));
            assertThat(standby.leading()).isTrue();
            assertThat(leader.leading()).isFalse();
            assertThat(leader.alive()).as("the thread survives the error").isTrue();
            assertThat(advisoryLocksHeld()).as("only the new leader's").isEqualTo(1);
            await().during(Duration.ofMillis(1_500)).atMost(Duration.ofSeconds(10))
                    .untilAsserted(() -> assertThat(alerts.readToEnd(mark)).as("nothing sent twice").hasSize(1));
        } finally {
            leader.stop();
            standby.stop();
        }
    }

    @Test
    void aProcessWhoseOwnRelayIsOffSaysItDoesNotLead() {
        ManagementInterface.given(management).get("/q/metrics").then().statusCode(200)
                .body(containsString("yanzhen_outbox_relay_leading 0.0"));
    }

    @Test
    void readinessIsDownWhileAnEventWaitsLongerThanAllowedAndUpOnceItLeaves() throws Exception {
        publish("waits: no relay runs");
        await().atMost(Duration.ofSeconds(15)).until(() -> readiness() == 503);

        RelayWorker replica = relay.newWorker(new KafkaProducer<>(relay.producerConfig()));
        replica.start("relay-replica");
        try {
            await().atMost(Duration.ofSeconds(15)).until(() -> readiness() == 200);
        } finally {
            replica.stop();
        }
    }

    private int readiness() {
        return ManagementInterface.given(management).get("/q/health/ready").statusCode();
    }

    private UUID publish(String detail) {
        return QuarkusTransaction.requiringNew().call(() -> outbox.publish(new OutgoingEvent(Topics.ALERTS,
                EventTypes.ALERT, "450100", new Alert(Alert.AlertCode.CAPACITY_OVERCOMMITTED, Alert.Severity.INFO,
                "450100", detail, Instant.now()))));
    }

    private long advisoryLocksHeld() throws Exception {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet count = statement.executeQuery(
                     "select count(*) from pg_locks where locktype = 'advisory' and granted"
                             + " and database = (select oid from pg_database where datname = current_database())")) {
            count.next();
            return count.getLong(1);
        }
    }
}
