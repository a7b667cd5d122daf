package cn.yanzhen.capacity.messaging;

import cn.yanzhen.capacity.persistence.CapacityStore;
import cn.yanzhen.contracts.matching.SigningMatched;
import cn.yanzhen.platform.messaging.IncomingEvents;
import cn.yanzhen.platform.messaging.Redelivery;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Reserves capacity for every match whose verdict is not MISMATCH. */
@ApplicationScoped
public class MatchesConsumer {

    private final IncomingEvents events;
    private final CapacityStore store;

    MatchesConsumer(IncomingEvents events, CapacityStore store) {
        this.events = events;
        this.store = store;
    }

    @Incoming("matches")
    @Blocking
    public void onMatch(ConsumerRecord<String, String> record) {
        var event = events.read(record, SigningMatched.class);
        Redelivery.untilApplied("reserving for match " + event.eventId(), () -> store.applyMatch(event));
    }
}
