package cn.yanzhen.tracking.projects.messaging;

import cn.yanzhen.platform.consumer.BatchConsumer;
import cn.yanzhen.tracking.projects.application.ProjectLifecycle;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** A project per registered signing; a withdrawal closes it. A poll's records are applied as one batch. */
@ApplicationScoped
public class SigningsConsumer {

    private final BatchConsumer consumer;
    private final ProjectLifecycle projects;

    SigningsConsumer(BatchConsumer consumer, ProjectLifecycle projects) {
        this.consumer = consumer;
        this.projects = projects;
    }

    @Incoming("signings")
    @Blocking
    public void onSignings(ConsumerRecords<String, String> records) {
        consumer.consume(records, projects.signings());
    }
}
