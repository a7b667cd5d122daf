package cn.yanzhen.notifier.messaging;

import cn.yanzhen.notifier.deliveries.application.AlertRouting;
import cn.yanzhen.platform.consumer.BatchConsumer;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Each alert becomes a delivery owed to every subscription that wants it. A poll's records are applied as one batch. */
@ApplicationScoped
public class AlertsConsumer {

    private final BatchConsumer consumer;
    private final AlertRouting routing;

    AlertsConsumer(BatchConsumer consumer, AlertRouting routing) {
        this.consumer = consumer;
        this.routing = routing;
    }

    @Incoming("alerts")
    @Blocking
    public void onAlerts(ConsumerRecords<String, String> records) {
        consumer.consume(records, routing.alerts());
    }
}
