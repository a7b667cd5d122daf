package cn.yanzhen.capacity.messaging;

import cn.yanzhen.capacity.persistence.CapacityStore;
import cn.yanzhen.contracts.EventTypes;
import cn.yanzhen.contracts.signing.Signing;
import cn.yanzhen.platform.messaging.IncomingEvents;
import cn.yanzhen.platform.messaging.Redelivery;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Releases the reservation of a withdrawn signing; registrations need nothing from capacity. */
@ApplicationScoped
public class SigningsConsumer {

    private final IncomingEvents events;
    private final CapacityStore store;

    SigningsConsumer(IncomingEvents events, CapacityStore store) {
        this.events = events;
        this.store = store;
    }

    @Incoming("signings")
    @Blocking
    public void onSigning(ConsumerRecord<String, String> record) {
        var event = events.read(record, Signing.class);
        if (EventTypes.SIGNING_WITHDRAWN.equals(event.type())) {
            Redelivery.untilApplied("releasing for withdrawal " + event.eventId(), () -> store.applyWithdrawal(event));
        }
    }
}
