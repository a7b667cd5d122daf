package cn.yanzhen.tracking.projects.messaging;

import cn.yanzhen.tracking.projects.application.DeadlineScan;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import org.jboss.logging.Logger;

/** Looks for projects past their deadlines, on a schedule, by the service's clock (tests move it). */
@ApplicationScoped
public class DeadlineWatch {

    private static final Logger LOG = Logger.getLogger(DeadlineWatch.class);

    private final DeadlineScan scan;
    private final Clock clock;

    DeadlineWatch(DeadlineScan scan, Clock clock) {
        this.scan = scan;
        this.clock = clock;
    }

    @Scheduled(every = "${yanzhen.tracking.deadline-scan-every:1h}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void scan() {
        int raised = scan.scan(LocalDate.now(clock));
        if (raised > 0) {
            LOG.infof("deadline watch raised %d alerts", raised);
        }
    }
}
