package cn.yanzhen.tracking.figures.messaging;

import cn.yanzhen.platform.consumer.BatchConsumer;
import cn.yanzhen.tracking.figures.application.GreenPowerKeeping;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Keeps each region's green power share for the energy figures. A poll's records are applied as one batch. */
@ApplicationScoped
public class CapacityConsumer {

    private final BatchConsumer consumer;
    private final GreenPowerKeeping greenPower;

    CapacityConsumer(BatchConsumer consumer, GreenPowerKeeping greenPower) {
        this.consumer = consumer;
        this.greenPower = greenPower;
    }

    @Incoming("region-capacity")
    @Blocking
    public void onSnapshots(ConsumerRecords<String, String> records) {
        consumer.consume(records, greenPower.snapshots());
    }
}
