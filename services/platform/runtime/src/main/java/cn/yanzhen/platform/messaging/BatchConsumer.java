package cn.yanzhen.platform.messaging;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

/**
 * Applies what one poll returned as one transaction: the records are read as events of the contract,
 * redeliveries are dropped by one duplicate check for the whole batch, each event goes to its route by
 * {@code ce_type}, and the batch's work is finished once. Records that are not events of the contract
 * are dead-lettered on their own; when the batch fails otherwise, it is applied again one event per
 * transaction, so that only the event that cannot be applied is dead-lettered and the partition moves on.
 * Per-key order holds: events are applied in the order of their partitions.
 */
@ApplicationScoped
public class BatchConsumer {

    private static final Logger LOG = Logger.getLogger(BatchConsumer.class);

    private record Delivery(ConsumerRecord<String, String> record, IncomingEvent<?> event) {

        String describe() {
            return event.type() + " " + event.eventId() + " from " + record.topic() + "-" + record.partition()
                    + "@" + record.offset();
        }
    }

    private final IncomingEvents events;
    private final ProcessedMessages processed;
    private final DeadLetters deadLetters;
    private final MeterRegistry meters;

    BatchConsumer(IncomingEvents events, ProcessedMessages processed, DeadLetters deadLetters, MeterRegistry meters) {
        this.events = events;
        this.processed = processed;
        this.deadLetters = deadLetters;
        this.meters = meters;
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
        try {
            Redelivery.whileTransient("a batch of " + deliveries.size() + " events",
                    () -> applyInOneTransaction(deliveries, routes));
            applying.stop(Timer.builder("yanzhen.consumer.batch.time").description("time to apply one batch")
                    .tag("consumer", routes.consumer()).tag("topic", topic).register(meters));
        } catch (RuntimeException failure) {
            LOG.warnf("a batch of %d events failed (%s); applying them one at a time", deliveries.size(),
                    failure.getMessage());
            deliveries.forEach(delivery -> applyAlone(delivery, routes));
        }
    }

    private <W> List<Delivery> readable(Iterable<ConsumerRecord<String, String>> records, Routes<W> routes) {
        List<Delivery> deliveries = new ArrayList<>();
        for (ConsumerRecord<String, String> record : records) {
            try {
                routes.read(record, events).ifPresent(event -> deliveries.add(new Delivery(record, event)));
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
            List<IncomingEvent<?>> fresh = new ArrayList<>(firstDeliveries.size());
            for (Delivery delivery : deliveries) {
                // remove: an event delivered twice within one batch takes effect once
                if (firstDeliveries.remove(delivery.event().eventId())) {
                    fresh.add(delivery.event());
                }
            }
            if (fresh.isEmpty()) {
                return;
            }
            W work = routes.open(fresh);
            fresh.forEach(event -> routes.apply(work, event));
            routes.finish(work);
        });
    }
}
