package cn.yanzhen.tracking.messaging;

import cn.yanzhen.contracts.EventTypes;
import cn.yanzhen.contracts.signing.Signing;
import cn.yanzhen.platform.messaging.EventHandler;
import cn.yanzhen.tracking.persistence.TrackingStore;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** A project per registered signing; a withdrawal closes it. */
@ApplicationScoped
public class SigningsConsumer {

    private final EventHandler handler;
    private final TrackingStore store;

    SigningsConsumer(EventHandler handler, TrackingStore store) {
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
