package cn.yanzhen.platform.outbox;

import cn.yanzhen.platform.cloudevents.CloudEvent;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;

/** The SQL on the outbox table, on the connection it is given. */
final class OutboxRows {

    private static final String INSERT = "insert into outbox"
            + " (event_id, topic, message_key, event_type, subject, occurred_at, payload, actor, traceparent)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String SELECT_UNSENT = "select id, event_id, topic, message_key, event_type, subject,"
            + " occurred_at, payload, actor, traceparent from outbox where sent_at is null and parked_at is null order by id limit ?";
    private static final String MARK_SENT = "update outbox set sent_at = now() where id = any (?)";
    private static final String PARK = "update outbox set parked_at = now(), parked_reason = ? where id = ?";
    private static final String DELETE_SENT_BEFORE = "delete from outbox where sent_at < ?";
    private static final String OLDEST_UNSENT = "select min(occurred_at) from outbox where sent_at is null and parked_at is null";

    /** An event to write into the outbox, already serialised; {@code traceparent} of the span writing it, or null. */
    record NewRow(UUID eventId, String topic, String key, String type, Instant occurredAt, String payload,
                  String actor, String traceparent) {
    }

    /** A committed event not yet published. */
    record Pending(long id, UUID eventId, String topic, String key, String type, String subject,
                   Instant occurredAt, String payload, String actor, String traceparent) {

        ProducerRecord<String, byte[]> toRecord(String source) {
            CloudEvent envelope = new CloudEvent(eventId, type, source, subject, occurredAt, actor);
            return new ProducerRecord<>(topic, null, key, payload.getBytes(StandardCharsets.UTF_8),
                    envelope.toKafkaHeaders());
        }
    }

    private OutboxRows() {
    }

    static void insert(Connection connection, Collection<NewRow> rows) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (NewRow row : rows) {
                insert.setObject(1, row.eventId());
                insert.setString(2, row.topic());
                insert.setString(3, row.key());
                insert.setString(4, row.type());
                insert.setString(5, row.key());
                insert.setTimestamp(6, Timestamp.from(row.occurredAt()));
                insert.setString(7, row.payload());
                insert.setString(8, row.actor());
                insert.setString(9, row.traceparent());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** The oldest unsent events that are not parked, at most {@code limit}, in the order they were committed. */
    static List<Pending> unsent(Connection connection, int limit) throws SQLException {
        List<Pending> batch = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(SELECT_UNSENT)) {
            select.setInt(1, limit);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    batch.add(new Pending(rows.getLong(1), rows.getObject(2, UUID.class), rows.getString(3),
                            rows.getString(4), rows.getString(5), rows.getString(6),
                            rows.getTimestamp(7).toInstant(), rows.getString(8), rows.getString(9), rows.getString(10)));
                }
            }
        }
        return batch;
    }

    static void markSent(Connection connection, List<Pending> sent) throws SQLException {
        if (sent.isEmpty()) {
            return;
        }
        Long[] ids = sent.stream().map(Pending::id).toArray(Long[]::new);
        try (PreparedStatement update = connection.prepareStatement(MARK_SENT)) {
            Array array = connection.createArrayOf("bigint", ids);
            update.setArray(1, array);
            update.executeUpdate();
        }
    }

    /** Parks the event with its reason and writes the alert that announces it, in one transaction. */
    static void park(Connection connection, Pending event, String reason, NewRow alert) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (PreparedStatement park = connection.prepareStatement(PARK)) {
            park.setString(1, reason);
            park.setLong(2, event.id());
            park.executeUpdate();
            insert(connection, List.of(alert));
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /** How long the oldest event waiting to be published has waited; empty when none waits. */
    static Optional<Duration> oldestUnsentAge(Connection connection, Instant now) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(OLDEST_UNSENT);
             ResultSet oldest = select.executeQuery()) {
            oldest.next();
            Timestamp occurredAt = oldest.getTimestamp(1);
            return occurredAt == null ? Optional.empty() : Optional.of(Duration.between(occurredAt.toInstant(), now));
        }
    }

    static void deleteSentBefore(Connection connection, Instant before) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(DELETE_SENT_BEFORE)) {
            delete.setTimestamp(1, Timestamp.from(before));
            delete.executeUpdate();
        }
    }
}
