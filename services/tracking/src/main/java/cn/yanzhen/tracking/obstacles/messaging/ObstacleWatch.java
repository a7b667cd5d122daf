package cn.yanzhen.tracking.obstacles.messaging;

import cn.yanzhen.tracking.obstacles.application.ObstacleScan;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import org.jboss.logging.Logger;

/**
 * Looks for obstacles left unresolved too long, on a schedule, by the service's clock (tests move it). Every ten
 * minutes by default: a look reads only the unresolved obstacles past the threshold that have not raised their alert.
 */
@ApplicationScoped
public class ObstacleWatch {

    private static final Logger LOG = Logger.getLogger(ObstacleWatch.class);

    private final ObstacleScan scan;
    private final Clock clock;

    ObstacleWatch(ObstacleScan scan, Clock clock) {
        this.scan = scan;
        this.clock = clock;
    }

    @Scheduled(every = "${yanzhen.tracking.obstacle-scan-every:10m}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void scan() {
        int raised = scan.scan(LocalDate.now(clock));
        if (raised > 0) {
            LOG.infof("obstacle watch raised %d OBSTACLE_UNRESOLVED alerts", raised);
        }
    }
}
