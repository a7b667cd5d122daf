package cn.yanzhen.platform.messaging;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Applies one consumed record: reads it as an event of the contract, then runs its effect until it is
 * applied (see {@link Redelivery}). A record that turns out to be poison is counted and thrown on, so
 * the channel's dead-letter strategy sends it to {@code <topic>.dlq} and the partition keeps flowing.
 */
@ApplicationScoped
public class EventHandler {

    private final IncomingEvents events;
    private final MeterRegistry meters;

    EventHandler(IncomingEvents events, MeterRegistry meters) {
        this.events = events;
        this.meters = meters;
    }

    public <T> void handle(ConsumerRecord<String, String> record, Class<T> payloadType,
                           Consumer<IncomingEvent<T>> effect) {
        try {
            IncomingEvent<T> event = events.read(record, payloadType);
            Redelivery.untilApplied(event.type() + " " + event.eventId() + " from " + record.topic(),
                    () -> effect.accept(event));
        } catch (PoisonRecordException e) {
            Counter.builder("yanzhen.dead.letters")
                    .description("records sent to the dead-letter topic")
                    .tag("topic", record.topic())
                    .register(meters)
                    .increment();
            throw e;
        }
    }
}
