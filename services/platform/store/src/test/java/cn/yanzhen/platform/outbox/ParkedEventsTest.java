package cn.yanzhen.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.yanzhen.contracts.EventTypes;
import cn.yanzhen.contracts.Topics;
import cn.yanzhen.contracts.alert.Alert;
import cn.yanzhen.platform.testing.TestInfrastructure;
import cn.yanzhen.platform.testing.TopicReader;
import cn.yanzhen.platform.testing.YanzhenTestResource;
import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

/** An event larger than the broker takes, committed between ordinary ones, in the live outbox. */
@QuarkusTest
@WithTestResource(YanzhenTestResource.class)
class ParkedEventsTest {

    /** Over the producer's 1 MiB max.request.size once serialised. */
    private static final int OVERSIZED_CHARACTERS = 1_200_000;

    @Inject
    Outbox outbox;
    @Inject
    AgroalDataSource dataSource;
    @Inject
    MeterRegistry meters;

    @Test
    void anEventTheBrokerRefusesIsParkedAnnouncedOnceAndTheEventsAroundItGoOutExactlyOnce() throws Exception {
        double parkedBefore = meters.counter("yanzhen.outbox.parked").count();
        try (TopicReader alerts = new TopicReader(TestInfrastructure.endpoints().kafkaBootstrap(), "yanzhen.alerts")) {
            Map<TopicPartition, Long> mark = alerts.mark();

            List<UUID> round = QuarkusTransaction.requiringNew().call(() -> outbox.publishAll(List.of(
                    alert("450100", "first"), alert("450200", "second"), alert("650000", "x".repeat(OVERSIZED_CHARACTERS)),
                    alert("450300", "third"), alert("450400", "fourth"))));
            UUID oversized = round.get(2);
            UUID later = QuarkusTransaction.requiringNew().call(() -> outbox.publish(alert("450500", "written afterwards")));

            // four ordinary events, the one written afterwards and the parking alert
            alerts.awaitRecords(mark, 6, Duration.ofSeconds(30));
            // the relay has several polls to send anything twice: the count must hold for two seconds
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10))
                    .untilAsserted(() -> assertThat(alerts.readToEnd(mark)).hasSize(6));
            List<ConsumerRecord<String, String>> records = alerts.readToEnd(mark);

            Map<String, Long> copies = records.stream()
                    .collect(Collectors.groupingBy(record -> TopicReader.header(record, "ce_id"), Collectors.counting()));
            assertThat(copies).as("records per ce_id").allSatisfy((id, count) -> assertThat(count).isEqualTo(1L));
            assertThat(copies.keySet()).contains(round.get(0).toString(), round.get(1).toString(),
                    round.get(3).toString(), round.get(4).toString(), later.toString())
                    .doesNotContain(oversized.toString()).hasSize(6);
            List<ConsumerRecord<String, String>> parkingAlerts = records.stream()
                    .filter(record -> record.value().contains("OUTBOX_EVENT_PARKED")).toList();
            assertThat(parkingAlerts).singleElement().satisfies(record -> {
                assertThat(record.key()).isEqualTo("650000");
                assertThat(record.value()).contains(oversized.toString()).contains("RecordTooLargeException")
                        .contains("已搁置").contains("CRITICAL");
            });
            assertThat(parkedReason(oversized)).startsWith("RecordTooLargeException");
            assertThat(meters.counter("yanzhen.outbox.parked").count()).isEqualTo(parkedBefore + 1);
        }
    }

    @Test
    void aParkedEventNeitherCountsAsBacklogNorKeepsTheServiceUnready() throws Exception {
        UUID oversized = QuarkusTransaction.requiringNew()
                .call(() -> outbox.publish(alert("650000", "y".repeat(OVERSIZED_CHARACTERS))));

        await().atMost(Duration.ofSeconds(30)).until(() -> parkedReason(oversized) != null);

        try (Connection connection = dataSource.getConnection()) {
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> OutboxRows.oldestUnsentAge(connection, Instant.now()).isEmpty());
        }
    }

    private String parkedReason(UUID eventId) throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "select parked_reason from outbox where event_id = ? and parked_at is not null")) {
            select.setObject(1, eventId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }

    private static OutgoingEvent alert(String subject, String detail) {
        return new OutgoingEvent(Topics.ALERTS, EventTypes.ALERT, subject, new Alert(
                Alert.AlertCode.CAPACITY_OVERCOMMITTED, Alert.Severity.WARNING, subject, detail, Instant.now()));
    }
}
