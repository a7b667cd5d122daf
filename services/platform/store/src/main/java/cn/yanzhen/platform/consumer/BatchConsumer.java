package cn.yanzhen.platform.consumer;

import cn.yanzhen.platform.consumer.Routes;
import cn.yanzhen.platform.messaging.DeadLetters;
import cn.yanzhen.platform.messaging.IncomingEvent;
import cn.yanzhen.platform.messaging.IncomingEvents;
import cn.yanzhen.platform.messaging.PoisonRecordException;
import cn.yanzhen.platform.tracing.BatchSpan;
import cn.yanzhen.platform.tracing.Tracing;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.opentelemetry.api.trace.SpanContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * Applies what one poll returned as one transaction: the records are read as events of the contract,
 * redeliveries are dropped by one duplicate check for the whole batch, each event goes to its route by
 * {@code ce_type}, and the batch's work is finished once. Records that are not events of the contract
 * are dead-lettered on their own; when the batch fails otherwise, it is applied again one event per
 * transaction, so that only the event that cannot be applied is dead-lettered and the partition moves on.
 * Per-key order holds: events are applied in the order of their partitions.
 * <p>
 * With tracing on, the batch is a span linked to every record's send ({@link Tracing#consuming}), and what it
 * finishes (the figures, snapshots and events it writes) a span inside it. While an event is applied the MDC
 * holds its {@code ce_id} and, with tracing on, {@code ce_trace_id}: the trace of the send that carried it.
 */
@ApplicationScoped
public class BatchConsumer {

    private static final Logger LOG = Logger.getLogger(BatchConsumer.class);

    static final String MDC_EVENT_ID = "ce_id";
    static final String MDC_EVENT_TRACE_ID = "ce_trace_id";

    private record Delivery(ConsumerRecord<String, String> record, IncomingEvent<?> event, SpanContext sentBy) {

        String describe() {
            return event.type() + " " + event.eventId() + " from " + record.topic() + "-" + record.partition()
                    + "@" + record.offset();
        }
    }

    private final IncomingEvents events;
    private final ProcessedMessages processed;
    private final DeadLetters deadLetters;
    private final MeterRegistry meters;
    private final Tracing tracing;

    BatchConsumer(IncomingEvents events, ProcessedMessages processed, DeadLetters deadLetters, MeterRegistry meters,
                  Tracing tracing) {
        this.events = events;
        this.processed = processed;
        this.deadLetters = deadLetters;
        this.meters = meters;
        this.tracing = tracing;
    }

    /** Applies the records; returns once each is applied, ignored or dead-lettered. */
    public <W> void consume(Iterable<ConsumerRecord<String, String>> records, Routes<W> routes) {
        List<Delivery> deliveries = readable(records, routes);
        if (deliveries.isEmpty()) {
            return;
        }
        String topic = deliveries.get(0).record().topic();
        DistributionSummary.builder("yanzhen.consumer.batch").description("events applied per transaction")
                .tag("consumer", routes.consumer()).tag("topic", topic).register(meters).record(deliveries.size());
        Timer.Sample applying = Timer.start(meters);
        try (BatchSpan batch = tracing.consuming(routes.consumer(), topic,
                tracing.on() ? deliveries.stream().map(Delivery::sentBy).toList() : List.of())) {
            try {
                Redelivery.whileTransient("a batch of " + deliveries.size() + " events",
                        () -> applyInOneTransaction(deliveries, routes));
                applying.stop(Timer.builder("yanzhen.consumer.batch.time").description("time to apply one batch")
                        .tag("consumer", routes.consumer()).tag("topic", topic).register(meters));
            } catch (RuntimeException failure) {
                batch.failed(failure);
                LOG.warnf("a batch of %d events failed (%s); applying them one at a time", deliveries.size(),
                        failure.getMessage());
                deliveries.forEach(delivery -> applyAlone(delivery, routes));
            }
        }
    }

    private <W> List<Delivery> readable(Iterable<ConsumerRecord<String, String>> records, Routes<W> routes) {
        List<Delivery> deliveries = new ArrayList<>();
        for (ConsumerRecord<String, String> record : records) {
            try {
                routes.read(record, events).ifPresent(event -> deliveries.add(
                        new Delivery(record, event, tracing.sentBy(record))));
            } catch (PoisonRecordException e) {
                deadLetters.send(record, e);
            }
        }
        return deliveries;
    }

    private <W> void applyAlone(Delivery delivery, Routes<W> routes) {
        try {
            Redelivery.untilApplied(delivery.describe(), () -> applyInOneTransaction(List.of(delivery), routes));
        } catch (PoisonRecordException e) {
            deadLetters.send(delivery.record(), e);
        }
    }

    private <W> void applyInOneTransaction(List<Delivery> deliveries, Routes<W> routes) {
        QuarkusTransaction.requiringNew().run(() -> {
            Set<String> firstDeliveries = processed.firstDeliveries(routes.consumer(),
                    deliveries.stream().map(delivery -> delivery.event().eventId()).toList());
            List<Delivery> fresh = new ArrayList<>(firstDeliveries.size());
            for (Delivery delivery : deliveries) {
                // remove: an event delivered twice within one batch takes effect once
                if (firstDeliveries.remove(delivery.event().eventId())) {
                    fresh.add(delivery);
                }
            }
            if (fresh.isEmpty()) {
                return;
            }
            W work = routes.open(fresh.stream().<IncomingEvent<?>>map(Delivery::event).toList());
            fresh.forEach(delivery -> apply(work, delivery, routes));
            tracing.inSpan("finish " + routes.consumer(),
                    Map.of("messaging.batch.message_count", String.valueOf(fresh.size())), () -> routes.finish(work));
        });
    }

    /** One event, with its ce_id (and the trace that carried it) in the MDC for whatever is logged meanwhile. */
    private static <W> void apply(W work, Delivery delivery, Routes<W> routes) {
        MDC.put(MDC_EVENT_ID, delivery.event().eventId());
        if (delivery.sentBy().isValid()) {
            MDC.put(MDC_EVENT_TRACE_ID, delivery.sentBy().getTraceId());
        }
        try {
            LOG.debugf("applying %s", delivery.describe());
            routes.apply(work, delivery.event());
        } finally {
            MDC.remove(MDC_EVENT_ID);
            MDC.remove(MDC_EVENT_TRACE_ID);
        }
    }
}
