package cn.yanzhen.platform.outbox;

import cn.yanzhen.platform.cloudevents.CloudEvent;
import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;

/**
 * Publishes committed outbox events in id order and marks them sent. Only one relay per service
 * schema runs at a time (a PostgreSQL advisory lock held on the relay's own connection), so order
 * per key holds with several instances. A crash between send and mark re-sends the same events
 * with the same {@code ce_id}; consumers de-duplicate on it.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final String SELECT_UNSENT = "select id, event_id, topic, message_key, event_type, subject,"
            + " occurred_at, payload, actor from outbox where sent_at is null order by id limit ?";
    private static final String MARK_SENT = "update outbox set sent_at = now() where id = any (?)";
    private static final String DELETE_OLD = "delete from outbox where sent_at < ?";
    private static final Duration RETRY_PAUSE = Duration.ofSeconds(1);
    private static final Duration CLEANUP_EVERY = Duration.ofMinutes(10);

    private final OutboxConfig config;
    private final AgroalDataSource dataSource;
    private final Map<String, Object> kafkaConfig;
    private final Counter published;
    private final Semaphore wakeUp = new Semaphore(0);

    private volatile boolean running;
    private Thread worker;
    private Connection connection;
    private KafkaProducer<String, byte[]> producer;
    private Instant lastCleanup = Instant.EPOCH;

    OutboxRelay(OutboxConfig config, AgroalDataSource dataSource,
                @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig, MeterRegistry meters) {
        this.config = config;
        this.dataSource = dataSource;
        this.kafkaConfig = kafkaConfig;
        this.published = Counter.builder("yanzhen.outbox.published")
                .description("events the outbox relay has published").register(meters);
        Gauge.builder("yanzhen.outbox.backlog", this, OutboxRelay::backlog)
                .description("committed events not yet published").register(meters);
    }

    /** Committed events waiting to be published; NaN while the database cannot be asked. */
    double backlog() {
        try (Connection asking = dataSource.getConnection();
             Statement statement = asking.createStatement();
             ResultSet count = statement.executeQuery("select count(*) from outbox where sent_at is null")) {
            count.next();
            return count.getLong(1);
        } catch (SQLException e) {
            return Double.NaN;
        }
    }

    void start(@Observes StartupEvent event) {
        if (!config.relay().enabled()) {
            LOG.warn("outbox relay is disabled: committed events stay unpublished");
            return;
        }
        producer = new KafkaProducer<>(producerConfig());
        running = true;
        worker = new Thread(this::run, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        if (!running) {
            return;
        }
        running = false;
        wake();
        worker.join(Duration.ofSeconds(10).toMillis());
        producer.close(Duration.ofSeconds(5));
        closeConnection();
    }

    /** Asks the relay to look for new events now rather than at its next poll. */
    public void wake() {
        wakeUp.release();
    }

    private void run() {
        while (running) {
            try {
                int sent = relayOnce();
                if (sent == config.relay().batchSize()) {
                    continue;
                }
                wakeUp.tryAcquire(config.relay().pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                wakeUp.drainPermits();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                LOG.warnf("outbox relay could not publish, retrying in %s: %s", RETRY_PAUSE, e.toString());
                closeConnection();
                pause();
            }
        }
    }

    /** One round: returns how many events were published, 0 when another instance holds the lock. */
    private int relayOnce() throws Exception {
        if (!holdsLeadership()) {
            return 0;
        }
        List<Pending> batch = readUnsent();
        if (batch.isEmpty()) {
            cleanUpIfDue();
            return 0;
        }
        List<Future<RecordMetadata>> sends = new ArrayList<>(batch.size());
        for (Pending pending : batch) {
            sends.add(producer.send(pending.toRecord(config.source())));
        }
        producer.flush();
        for (Future<RecordMetadata> send : sends) {
            send.get();
        }
        markSent(batch);
        published.increment(batch.size());
        return batch.size();
    }

    private boolean holdsLeadership() throws SQLException {
        if (connection != null) {
            return true;
        }
        Connection candidate = dataSource.getConnection();
        candidate.setAutoCommit(true);
        try (Statement statement = candidate.createStatement();
             ResultSet lock = statement.executeQuery(
                     "select pg_try_advisory_lock(hashtext('yanzhen-outbox:' || current_schema()))")) {
            lock.next();
            if (lock.getBoolean(1)) {
                connection = candidate;
                return true;
            }
        }
        candidate.close();
        return false;
    }

    private List<Pending> readUnsent() throws SQLException {
        List<Pending> batch = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(SELECT_UNSENT)) {
            select.setInt(1, config.relay().batchSize());
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

    private void markSent(List<Pending> batch) throws SQLException {
        Long[] ids = batch.stream().map(Pending::id).toArray(Long[]::new);
        try (PreparedStatement update = connection.prepareStatement(MARK_SENT)) {
            Array array = connection.createArrayOf("bigint", ids);
            update.setArray(1, array);
            update.executeUpdate();
        }
    }

    private void cleanUpIfDue() throws SQLException {
        Instant now = Instant.now();
        if (Duration.between(lastCleanup, now).compareTo(CLEANUP_EVERY) < 0) {
            return;
        }
        try (PreparedStatement delete = connection.prepareStatement(DELETE_OLD)) {
            delete.setTimestamp(1, Timestamp.from(now.minus(config.relay().retention())));
            delete.executeUpdate();
        }
        lastCleanup = now;
    }

    private Map<String, Object> producerConfig() {
        Map<String, Object> settings = new HashMap<>(kafkaConfig);
        settings.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        settings.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        settings.put(ProducerConfig.ACKS_CONFIG, "all");
        settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        settings.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        settings.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        settings.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        settings.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000);
        settings.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay" + config.source().replace('/', '-'));
        return settings;
    }

    private void closeConnection() {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.debug("closing the relay connection failed", e);
        }
        connection = null;
    }

    private void pause() {
        try {
            Thread.sleep(RETRY_PAUSE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private record Pending(long id, UUID eventId, String topic, String key, String type, String subject,
                           Instant occurredAt, String payload, String actor) {

        ProducerRecord<String, byte[]> toRecord(String source) {
            CloudEvent envelope = new CloudEvent(eventId, type, source, subject, occurredAt, actor);
            return new ProducerRecord<>(topic, null, key, payload.getBytes(StandardCharsets.UTF_8),
                    envelope.toKafkaHeaders());
        }
    }
}
