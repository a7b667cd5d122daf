package cn.yanzhen.matching.messaging;

import cn.yanzhen.contracts.capacity.RegionCapacity;
import cn.yanzhen.matching.persistence.CapacityViews;
import cn.yanzhen.platform.messaging.EventHandler;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Keeps matching's own view of every region's capacity. */
@ApplicationScoped
public class CapacityConsumer {

    private final EventHandler handler;
    private final CapacityViews views;

    CapacityConsumer(EventHandler handler, CapacityViews views) {
        this.handler = handler;
        this.views = views;
    }

    @Incoming("region-capacity")
    @Blocking
    public void onCapacity(ConsumerRecord<String, String> record) {
        handler.handle(record, RegionCapacity.class, event -> views.save(event.payload()));
    }
}
