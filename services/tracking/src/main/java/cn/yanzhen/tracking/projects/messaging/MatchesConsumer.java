package cn.yanzhen.tracking.projects.messaging;

import cn.yanzhen.platform.consumer.BatchConsumer;
import cn.yanzhen.tracking.projects.application.ProjectLifecycle;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Attaches each match verdict to its project. A poll's records are applied as one batch. */
@ApplicationScoped
public class MatchesConsumer {

    private final BatchConsumer consumer;
    private final ProjectLifecycle projects;

    MatchesConsumer(BatchConsumer consumer, ProjectLifecycle projects) {
        this.consumer = consumer;
        this.projects = projects;
    }

    @Incoming("matches")
    @Blocking
    public void onMatches(ConsumerRecords<String, String> records) {
        consumer.consume(records, projects.matches());
    }
}
