package cn.yanzhen.capacity.messaging;

import cn.yanzhen.capacity.application.CapacityReservations;
import cn.yanzhen.platform.consumer.BatchConsumer;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Reserves capacity for every match whose verdict is not MISMATCH. A poll's records are applied as one batch. */
@ApplicationScoped
public class MatchesConsumer {

    private final BatchConsumer consumer;
    private final CapacityReservations reservations;

    MatchesConsumer(BatchConsumer consumer, CapacityReservations reservations) {
        this.consumer = consumer;
        this.reservations = reservations;
    }

    @Incoming("matches")
    @Blocking
    public void onMatches(ConsumerRecords<String, String> records) {
        consumer.consume(records, reservations.matches());
    }
}
