package cn.yanzhen.capacity.messaging;

import cn.yanzhen.capacity.persistence.CapacityStore;
import cn.yanzhen.contracts.EventTypes;
import cn.yanzhen.contracts.signing.Signing;
import cn.yanzhen.platform.messaging.EventHandler;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Releases the reservation of a withdrawn signing; registrations need nothing from capacity. */
@ApplicationScoped
public class SigningsConsumer {

    private final EventHandler handler;
    private final CapacityStore store;

    SigningsConsumer(EventHandler handler, CapacityStore store) {
        this.handler = handler;
        this.store = store;
    }

    @Incoming("signings")
    @Blocking
    public void onSigning(ConsumerRecord<String, String> record) {
        handler.handle(record, Signing.class, event -> {
            if (EventTypes.SIGNING_WITHDRAWN.equals(event.type())) {
                store.applyWithdrawal(event);
            }
        });
    }
}
