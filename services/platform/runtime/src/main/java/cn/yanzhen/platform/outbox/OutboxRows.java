package cn.yanzhen.platform.outbox;

import cn.yanzhen.platform.cloudevents.CloudEvent;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;

/** The relay's SQL on the outbox table, on the connection it is given. */
final class OutboxRows {

    private static final String SELECT_UNSENT = "select id, event_id, topic, message_key, event_type, subject,"
            + " occurred_at, payload, actor from outbox where sent_at is null order by id limit ?";
    private static final String MARK_SENT = "update outbox set sent_at = now() where id = any (?)";
    private static final String DELETE_SENT_BEFORE = "delete from outbox where sent_at < ?";

    /** A committed event not yet published. */
    record Pending(long id, UUID eventId, String topic, String key, String type, String subject,
                   Instant occurredAt, String payload, String actor) {

        ProducerRecord<String, byte[]> toRecord(String source) {
            CloudEvent envelope = new CloudEvent(eventId, type, source, subject, occurredAt, actor);
            return new ProducerRecord<>(topic, null, key, payload.getBytes(StandardCharsets.UTF_8),
                    envelope.toKafkaHeaders());
        }
    }

    private OutboxRows() {
    }

    /** The oldest unsent events, at most {@code limit}, in the order they were committed. */
    static List<Pending> unsent(Connection connection, int limit) throws SQLException {
        List<Pending> batch = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(SELECT_UNSENT)) {
            select.setInt(1, limit);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    batch.add(new Pending(rows.getLong(1), rows.getObject(2, UUID.class), rows.getString(3),
                            rows.getString(4), rows.getString(5), rows.getString(6),
                            rows.getTimestamp(7).toInstant(), rows.getString(8), rows.getString(9)));
                }
            }
        }
        return batch;
    }

    static void markSent(Connection connection, List<Pending> batch) throws SQLException {
        Long[] ids = batch.stream().map(Pending::id).toArray(Long[]::new);
        try (PreparedStatement update = connection.prepareStatement(MARK_SENT)) {
            Array array = connection.createArrayOf("bigint", ids);
            update.setArray(1, array);
            update.executeUpdate();
        }
    }

    static void deleteSentBefore(Connection connection, Instant before) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(DELETE_SENT_BEFORE)) {
            delete.setTimestamp(1, Timestamp.from(before));
            delete.executeUpdate();
        }
    }
}
