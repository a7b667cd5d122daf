package cn.yanzhen.platform.outbox;

import cn.yanzhen.platform.tracing.Tracing;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.trace.Span;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.jboss.logging.Logger;

/**
 * One round of the relay, on the leader's connection: it claims up to a batch of unsent rows in id order, hands
 * them all to the producer, waits for each acknowledgement and marks the acknowledged ones sent, whatever became
 * of the others. A row the broker refuses for good is parked with its reason and announced on
 * {@code yanzhen.alerts}; any other failure ends the round with {@link RelayRoundFailed}. With tracing on, each
 * send is a span, a child of the context stored with its row, and the record carries that span's
 * {@code traceparent}.
 */
final class RelayRound {

    private static final Logger LOG = Logger.getLogger(RelayRound.class);
    private static final Duration CLEANUP_EVERY = Duration.ofMinutes(10);

    private final String source;
    private final OutboxConfig.Relay settings;
    private final Producer<String, byte[]> producer;
    private final ParkingNotice notice;
    private final LastPublished lastPublished;
    private final Tracing tracing;
    private final Counter published;
    private final Counter parked;
    private Instant lastCleanup = Instant.EPOCH;

    RelayRound(String source, OutboxConfig.Relay settings, Producer<String, byte[]> producer, ParkingNotice notice,
               LastPublished lastPublished, MeterRegistry meters, Tracing tracing) {
        this.source = source;
        this.settings = settings;
        this.producer = producer;
        this.notice = notice;
        this.lastPublished = lastPublished;
        this.tracing = tracing;
        this.published = Counter.builder("yanzhen.outbox.published")
                .description("events the outbox relay has published").register(meters);
        this.parked = Counter.builder("yanzhen.outbox.parked")
                .description("events the broker refused for good, parked with their reason").register(meters);
    }

    /** Relays one batch on the leader's connection; returns how many events it claimed. */
    int relay(Connection connection) throws Exception {
        List<OutboxRows.Pending> batch = OutboxRows.unsent(connection, settings.batchSize());
        if (batch.isEmpty()) {
            cleanUpIfDue(connection);
            return 0;
        }
        RoundResult result = send(batch);
        OutboxRows.markSent(connection, result.acknowledged());
        published.increment(result.acknowledged().size());
        lastPublished.published(result.acknowledged(), Instant.now());
        for (RoundResult.Refusal refusal : result.refused()) {
            park(connection, refusal);
        }
        if (result.retryable().isPresent()) {
            throw new RelayRoundFailed(result.retryable().get());
        }
        return batch.size();
    }

    private RoundResult send(List<OutboxRows.Pending> batch) throws InterruptedException {
        List<Future<RecordMetadata>> sends = new ArrayList<>(batch.size());
        RoundResult result = new RoundResult();
        for (OutboxRows.Pending pending : batch) {
            sends.add(sendOne(pending));
        }
        producer.flush();
        for (int i = 0; i < batch.size(); i++) {
            try {
                sends.get(i).get();
                result.acknowledged(batch.get(i));
            } catch (ExecutionException e) {
                result.failed(batch.get(i), e.getCause());
            }
        }
        return result;
    }

    /** The producer throws some refusals (a value it cannot serialise) rather than failing the future. */
    private Future<RecordMetadata> sendOne(OutboxRows.Pending pending) {
        Span span = null;
        try {
            ProducerRecord<String, byte[]> record = pending.toRecord(source);
            span = tracing.sending(pending.traceparent(), record, pending.eventId().toString(), pending.type());
            if (span == null) {
                return producer.send(record);
            }
            Span sending = span;
            return producer.send(record, (written, failure) -> Tracing.sent(sending, written, failure));
        } catch (RuntimeException refused) {
            Tracing.sent(span, null, refused);
            return CompletableFuture.failedFuture(refused);
        }
    }

    private void park(Connection connection, RoundResult.Refusal refusal) throws SQLException {
        String reason = SendFailures.reason(refusal.failure());
        OutboxRows.park(connection, refusal.event(), reason, notice.alertFor(refusal.event(), reason, Instant.now()));
        parked.increment();
        LOG.errorf("outbox event %s (%s, key %s on %s) parked, the broker refuses it for good: %s",
                refusal.event().eventId(), refusal.event().type(), refusal.event().key(), refusal.event().topic(), reason);
    }

    private void cleanUpIfDue(Connection connection) throws SQLException {
        Instant now = Instant.now();
        if (Duration.between(lastCleanup, now).compareTo(CLEANUP_EVERY) < 0) {
            return;
        }
        OutboxRows.deleteSentBefore(connection, now.minus(settings.retention()));
        lastCleanup = now;
    }

    /** A round in which some event could not be sent for a reason that may pass. */
    private static final class RelayRoundFailed extends Exception {

        RelayRoundFailed(Throwable cause) {
            super(cause.toString(), cause);
        }
    }
}
