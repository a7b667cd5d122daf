package cn.yanzhen.platform.outbox;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;

/**
 * Publishes committed outbox events in id order and marks them sent: a round claims up to a batch of
 * rows, hands them all to the producer (which batches them per partition), waits for every
 * acknowledgement, then marks them sent in one statement. It wakes as soon as a transaction of this
 * process commits events (see {@link Outbox}) and otherwise looks every poll interval, for events
 * committed by other instances. A crash between send and mark re-sends the same events with the same
 * {@code ce_id}; consumers de-duplicate on it.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final Duration RETRY_PAUSE = Duration.ofSeconds(1);
    private static final Duration CLEANUP_EVERY = Duration.ofMinutes(10);

    private final OutboxConfig config;
    private final AgroalDataSource dataSource;
    private final Map<String, Object> kafkaConfig;
    private final RelayLeadership leadership;
    private final Counter published;
    private final Semaphore wakeUp = new Semaphore(0);

    private volatile boolean running;
    private Thread worker;
    private KafkaProducer<String, byte[]> producer;
    private Instant lastCleanup = Instant.EPOCH;

    OutboxRelay(OutboxConfig config, AgroalDataSource dataSource,
                @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig, MeterRegistry meters) {
        this.config = config;
        this.dataSource = dataSource;
        this.kafkaConfig = kafkaConfig;
        this.leadership = new RelayLeadership(dataSource);
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
        leadership.release();
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
                leadership.release();
                pause();
            }
        }
    }

    /** One round: returns how many events were published, 0 when another instance leads. */
    private int relayOnce() throws Exception {
        Connection connection = leadership.connectionIfLeader();
        if (connection == null) {
            return 0;
        }
        List<OutboxRows.Pending> batch = OutboxRows.unsent(connection, config.relay().batchSize());
        if (batch.isEmpty()) {
            cleanUpIfDue(connection);
            return 0;
        }
        List<Future<RecordMetadata>> sends = new ArrayList<>(batch.size());
        for (OutboxRows.Pending pending : batch) {
            sends.add(producer.send(pending.toRecord(config.source())));
        }
        producer.flush();
        for (Future<RecordMetadata> send : sends) {
            send.get();
        }
        OutboxRows.markSent(connection, batch);
        published.increment(batch.size());
        return batch.size();
    }

    private void cleanUpIfDue(Connection connection) throws SQLException {
        Instant now = Instant.now();
        if (Duration.between(lastCleanup, now).compareTo(CLEANUP_EVERY) < 0) {
            return;
        }
        OutboxRows.deleteSentBefore(connection, now.minus(config.relay().retention()));
        lastCleanup = now;
    }

    private Map<String, Object> producerConfig() {
        Map<String, Object> settings = new HashMap<>(kafkaConfig);
        settings.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        settings.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        settings.put(ProducerConfig.ACKS_CONFIG, "all");
        settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        // a round hands the producer up to a batch of rows at once: let it fill large requests
        settings.put(ProducerConfig.LINGER_MS_CONFIG, 2);
        settings.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        settings.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        settings.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        settings.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000);
        settings.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay" + config.source().replace('/', '-'));
        return settings;
    }

    private void pause() {
        try {
            Thread.sleep(RETRY_PAUSE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
