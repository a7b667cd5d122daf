package cn.yanzhen.platform.deadletters;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** Looks at this service's dead-letter topics now and then, so the waiting gauge is current without a caller. */
@ApplicationScoped
public class DeadLetterWatch {

    private static final Logger LOG = Logger.getLogger(DeadLetterWatch.class);

    private final DeadLetterQueues queues;

    DeadLetterWatch(DeadLetterQueues queues) {
        this.queues = queues;
    }

    @Scheduled(every = "${yanzhen.dead-letters.scan-every:1m}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void look() {
        try {
            queues.list();
        } catch (RuntimeException e) {
            LOG.warnf("could not read the dead-letter topics: %s", e.toString());
        }
    }
}
