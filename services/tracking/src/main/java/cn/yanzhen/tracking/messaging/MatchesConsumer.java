package cn.yanzhen.tracking.messaging;

import cn.yanzhen.contracts.matching.SigningMatched;
import cn.yanzhen.platform.messaging.EventHandler;
import cn.yanzhen.tracking.persistence.TrackingStore;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Attaches each match verdict to its project. */
@ApplicationScoped
public class MatchesConsumer {

    private final EventHandler handler;
    private final TrackingStore store;

    MatchesConsumer(EventHandler handler, TrackingStore store) {
        this.handler = handler;
        this.store = store;
    }

    @Incoming("matches")
    @Blocking
    public void onMatch(ConsumerRecord<String, String> record) {
        handler.handle(record, SigningMatched.class, store::applyMatch);
    }
}
