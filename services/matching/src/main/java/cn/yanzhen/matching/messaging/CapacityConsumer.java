package cn.yanzhen.matching.messaging;

import cn.yanzhen.contracts.capacity.RegionCapacity;
import cn.yanzhen.matching.persistence.CapacityViews;
import cn.yanzhen.platform.messaging.IncomingEvents;
import cn.yanzhen.platform.messaging.Redelivery;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Keeps matching's own view of every region's capacity. */
@ApplicationScoped
public class CapacityConsumer {

    private final IncomingEvents events;
    private final CapacityViews views;

    CapacityConsumer(IncomingEvents events, CapacityViews views) {
        this.events = events;
        this.views = views;
    }

    @Incoming("region-capacity")
    @Blocking
    public void onCapacity(ConsumerRecord<String, String> record) {
        var event = events.read(record, RegionCapacity.class);
        Redelivery.untilApplied("capacity of " + record.key(), () -> views.save(event.payload()));
    }
}
