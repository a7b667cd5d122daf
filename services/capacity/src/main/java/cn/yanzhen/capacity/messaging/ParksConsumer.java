package cn.yanzhen.capacity.messaging;

import cn.yanzhen.capacity.application.ParkRegistry;
import cn.yanzhen.platform.consumer.BatchConsumer;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Keeps each park's available land as the registry says it. A poll's records are applied as one batch. */
@ApplicationScoped
public class ParksConsumer {

    private final BatchConsumer consumer;
    private final ParkRegistry registry;

    ParksConsumer(BatchConsumer consumer, ParkRegistry registry) {
        this.consumer = consumer;
        this.registry = registry;
    }

    @Incoming("parks")
    @Blocking
    public void onParks(ConsumerRecords<String, String> records) {
        consumer.consume(records, registry.changes());
    }
}
