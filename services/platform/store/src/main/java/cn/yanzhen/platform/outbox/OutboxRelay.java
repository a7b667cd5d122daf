package cn.yanzhen.platform.outbox;

import cn.yanzhen.platform.security.CurrentActor;
import cn.yanzhen.platform.tracing.Tracing;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
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
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;

/**
 * Publishes committed outbox events in id order and marks them sent (see {@link RelayWorker}). It wakes as
 * soon as a transaction of this process commits events (see {@link Outbox}) and otherwise looks every poll
 * interval, for events committed by other instances. A crash between send and mark re-sends the same
 * events with the same {@code ce_id}; consumers de-duplicate on it.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final OutboxConfig config;
    private final AgroalDataSource dataSource;
    private final Map<String, Object> kafkaConfig;
    private final MeterRegistry meters;
    private final ParkingNotice notice;
    private final LastPublished lastPublished;
    private final Tracing tracing;
    private volatile RelayWorker worker;

    OutboxRelay(OutboxConfig config, AgroalDataSource dataSource,
                @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig, MeterRegistry meters,
                ObjectMapper json, CurrentActor actors, Tracing tracing) {
        this.config = config;
        this.dataSource = dataSource;
        this.kafkaConfig = kafkaConfig;
        this.meters = meters;
        this.notice = new ParkingNotice(json, actors.asHeader());
        this.lastPublished = new LastPublished(meters);
        this.tracing = tracing;
        Gauge.builder("yanzhen.outbox.backlog", this, OutboxRelay::backlog)
                .description("committed events not yet published (parked ones not counted)").register(meters);
        Gauge.builder("yanzhen.outbox.oldest.unsent.seconds", this, relay -> relay.oldestUnsentAge()
                        .map(age -> age.toMillis() / 1000.0).orElse(0.0))
                .description("how long the oldest event waiting to be published has waited").register(meters);
        Gauge.builder("yanzhen.outbox.relay.leading", this, relay -> relay.leading() ? 1 : 0)
                .description("1 while this process's relay holds the lead and publishes, 0 while it stands by").register(meters);
    }

    /** Committed events waiting to be published; NaN while the database cannot be asked. */
    double backlog() {
        try (Connection asking = dataSource.getConnection();
             Statement statement = asking.createStatement();
             ResultSet count = statement.executeQuery(
                     "select count(*) from outbox where sent_at is null and parked_at is null")) {
            count.next();
            return count.getLong(1);
        } catch (SQLException e) {
            return Double.NaN;
        }
    }

    /** How long the oldest event waiting to be published has waited; empty when none waits. */
    Optional<Duration> oldestUnsentAge() {
        try (Connection asking = dataSource.getConnection()) {
            return OutboxRows.oldestUnsentAge(asking, Instant.now());
        } catch (SQLException e) {
            throw new IllegalStateException("the outbox cannot be read", e);
        }
    }

    boolean enabled() {
        return config.relay().enabled();
    }

    /** Whether the relay's thread runs; it survives every failure, so false means it was never started or stopped. */
    boolean alive() {
        return worker != null && worker.alive();
    }

    /** Whether this process's own relay leads; a replica whose relay is off or stopped never does. */
    boolean leading() {
        RelayWorker current = worker;
        return current != null && current.leading();
    }

    Duration maxUnsentAge() {
        return config.relay().maxUnsentAge();
    }

    void start(@Observes StartupEvent event) {
        if (!config.relay().enabled()) {
            LOG.warn("outbox relay is disabled: committed events stay unpublished");
            return;
        }
        worker = newWorker(new KafkaProducer<>(producerConfig()));
        worker.start("outbox-relay");
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        if (worker != null) {
            worker.stop();
        }
    }

    /** Asks the relay to look for new events now rather than at its next poll. */
    public void wake() {
        RelayWorker current = worker;
        if (current != null) {
            current.wake();
        }
    }

    /** A worker on this service's outbox with the given producer; tests start more of them, as replicas. */
    RelayWorker newWorker(Producer<String, byte[]> producer) {
        return new RelayWorker(config.source(), config.relay(), dataSource, producer, notice, lastPublished, meters,
                tracing);
    }

    Map<String, Object> producerConfig() {
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
}
