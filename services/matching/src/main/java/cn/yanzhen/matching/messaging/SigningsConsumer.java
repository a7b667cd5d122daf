package cn.yanzhen.matching.messaging;

import cn.yanzhen.contracts.EventTypes;
import cn.yanzhen.contracts.signing.Signing;
import cn.yanzhen.matching.persistence.MatchingStore;
import cn.yanzhen.platform.messaging.EventHandler;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Matches every registered signing; remembers withdrawals. */
@ApplicationScoped
public class SigningsConsumer {

    private final EventHandler handler;
    private final MatchingStore store;

    SigningsConsumer(EventHandler handler, MatchingStore store) {
        this.handler = handler;
        this.store = store;
    }

    @Incoming("signings")
    @Blocking
    public void onSigning(ConsumerRecord<String, String> record) {
        handler.handle(record, Signing.class, event -> {
            if (EventTypes.SIGNING_REGISTERED.equals(event.type())) {
                store.applyRegistered(event);
            } else {
                store.applyWithdrawn(event);
            }
        });
    }
}
