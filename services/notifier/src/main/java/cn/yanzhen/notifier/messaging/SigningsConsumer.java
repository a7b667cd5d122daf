package cn.yanzhen.notifier.messaging;

import cn.yanzhen.notifier.deliveries.application.AlertRouting;
import cn.yanzhen.platform.consumer.BatchConsumer;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Signings name the project, region, event and industry an alert is about. A poll's records are applied as one batch. */
@ApplicationScoped
public class SigningsConsumer {

    private final BatchConsumer consumer;
    private final AlertRouting routing;

    SigningsConsumer(BatchConsumer consumer, AlertRouting routing) {
        this.consumer = consumer;
        this.routing = routing;
    }

    @Incoming("signings")
    @Blocking
    public void onSignings(ConsumerRecords<String, String> records) {
        consumer.consume(records, routing.signings());
    }
}
