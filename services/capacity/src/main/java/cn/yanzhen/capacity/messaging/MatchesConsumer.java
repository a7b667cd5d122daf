package cn.yanzhen.capacity.messaging;

import cn.yanzhen.capacity.persistence.CapacityStore;
import cn.yanzhen.contracts.matching.SigningMatched;
import cn.yanzhen.platform.messaging.EventHandler;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Reserves capacity for every match whose verdict is not MISMATCH. */
@ApplicationScoped
public class MatchesConsumer {

    private final EventHandler handler;
    private final CapacityStore store;

    MatchesConsumer(EventHandler handler, CapacityStore store) {
        this.handler = handler;
        this.store = store;
    }

    @Incoming("matches")
    @Blocking
    public void onMatch(ConsumerRecord<String, String> record) {
        handler.handle(record, SigningMatched.class, store::applyMatch);
    }
}
