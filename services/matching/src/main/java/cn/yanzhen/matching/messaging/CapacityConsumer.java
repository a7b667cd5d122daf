package cn.yanzhen.matching.messaging;

import cn.yanzhen.matching.application.CapacityViewKeeping;
import cn.yanzhen.platform.consumer.BatchConsumer;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Keeps matching's own view of every region's capacity and every park's land. A poll's records are applied as one batch. */
@ApplicationScoped
public class CapacityConsumer {

    private final BatchConsumer consumer;
    private final CapacityViewKeeping views;

    CapacityConsumer(BatchConsumer consumer, CapacityViewKeeping views) {
        this.consumer = consumer;
        this.views = views;
    }

    @Incoming("region-capacity")
    @Blocking
    public void onSnapshots(ConsumerRecords<String, String> records) {
        consumer.consume(records, views.snapshots());
    }

    @Incoming("park-capacity")
    @Blocking
    public void onParkSnapshots(ConsumerRecords<String, String> records) {
        consumer.consume(records, views.parkSnapshots());
    }
}
