package cn.yanzhen.tracking.messaging;

import cn.yanzhen.contracts.EventTypes;
import cn.yanzhen.contracts.signing.Signing;
import cn.yanzhen.platform.messaging.IncomingEvents;
import cn.yanzhen.platform.messaging.Redelivery;
import cn.yanzhen.tracking.persistence.TrackingStore;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** A project per registered signing; a withdrawal closes it. */
@ApplicationScoped
public class SigningsConsumer {

    private final IncomingEvents events;
    private final TrackingStore store;

    SigningsConsumer(IncomingEvents events, TrackingStore store) {
        this.events = events;
        this.store = store;
    }

    @Incoming("signings")
    @Blocking
    public void onSigning(ConsumerRecord<String, String> record) {
        var event = events.read(record, Signing.class);
        if (EventTypes.SIGNING_REGISTERED.equals(event.type())) {
            Redelivery.untilApplied("project for signing " + record.key(), () -> store.applyRegistered(event));
        } else {
            Redelivery.untilApplied("withdrawing project " + record.key(), () -> store.applyWithdrawn(event));
        }
    }
}
