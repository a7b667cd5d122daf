package cn.yanzhen.tracking.keyprojects.messaging;

import cn.yanzhen.tracking.keyprojects.application.ApprovalScan;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import org.jboss.logging.Logger;

/**
 * Looks for key projects' approvals past their due date, on a schedule, by the service's clock (tests move it). Every
 * ten minutes by default ({@code yanzhen.tracking.approval-scan-every}, {@code off} to stop it): a look reads only the
 * approvals not granted and not yet found late whose due date has passed.
 */
@ApplicationScoped
public class ApprovalWatch {

    private static final Logger LOG = Logger.getLogger(ApprovalWatch.class);

    private final ApprovalScan scan;
    private final Clock clock;

    ApprovalWatch(ApprovalScan scan, Clock clock) {
        this.scan = scan;
        this.clock = clock;
    }

    @Scheduled(every = "${yanzhen.tracking.approval-scan-every:10m}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void scan() {
        int raised = scan.scan(LocalDate.now(clock));
        if (raised > 0) {
            LOG.infof("approval watch raised %d APPROVAL_OVERDUE alerts", raised);
        }
    }
}
