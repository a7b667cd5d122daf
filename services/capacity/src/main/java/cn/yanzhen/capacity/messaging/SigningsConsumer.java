package cn.yanzhen.capacity.messaging;

import cn.yanzhen.capacity.application.CapacityReservations;
import cn.yanzhen.platform.consumer.BatchConsumer;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Releases the reservation of a withdrawn signing; registrations need nothing from capacity. A poll's records are applied as one batch. */
@ApplicationScoped
public class SigningsConsumer {

    private final BatchConsumer consumer;
    private final CapacityReservations reservations;

    SigningsConsumer(BatchConsumer consumer, CapacityReservations reservations) {
        this.consumer = consumer;
        this.reservations = reservations;
    }

    @Incoming("signings")
    @Blocking
    public void onSignings(ConsumerRecords<String, String> records) {
        consumer.consume(records, reservations.signings());
    }
}
