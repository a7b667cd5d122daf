package cn.yanzhen.matching.messaging;

import cn.yanzhen.contracts.EventTypes;
import cn.yanzhen.contracts.signing.Signing;
import cn.yanzhen.matching.persistence.MatchingStore;
import cn.yanzhen.platform.messaging.IncomingEvents;
import cn.yanzhen.platform.messaging.Redelivery;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Matches every registered signing; remembers withdrawals. */
@ApplicationScoped
public class SigningsConsumer {

    private final IncomingEvents events;
    private final MatchingStore store;

    SigningsConsumer(IncomingEvents events, MatchingStore store) {
        this.events = events;
        this.store = store;
    }

    @Incoming("signings")
    @Blocking
    public void onSigning(ConsumerRecord<String, String> record) {
        var event = events.read(record, Signing.class);
        if (EventTypes.SIGNING_REGISTERED.equals(event.type())) {
            Redelivery.untilApplied("matching signing " + record.key(), () -> store.applyRegistered(event));
        } else {
            Redelivery.untilApplied("withdrawing signing " + record.key(), () -> store.applyWithdrawn(event));
        }
    }
}
