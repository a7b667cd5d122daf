package cn.yanzhen.tracking.messaging;

import cn.yanzhen.contracts.matching.SigningMatched;
import cn.yanzhen.platform.messaging.IncomingEvents;
import cn.yanzhen.platform.messaging.Redelivery;
import cn.yanzhen.tracking.persistence.TrackingStore;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Attaches each match verdict to its project. */
@ApplicationScoped
public class MatchesConsumer {

    private final IncomingEvents events;
    private final TrackingStore store;

    MatchesConsumer(IncomingEvents events, TrackingStore store) {
        this.events = events;
        this.store = store;
    }

    @Incoming("matches")
    @Blocking
    public void onMatch(ConsumerRecord<String, String> record) {
        var event = events.read(record, SigningMatched.class);
        Redelivery.untilApplied("verdict for " + record.key(), () -> store.applyMatch(event));
    }
}
