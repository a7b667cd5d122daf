package cn.yanzhen.tracking.rounds.messaging;

import cn.yanzhen.tracking.rounds.application.RoundClosing;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import org.jboss.logging.Logger;

/**
 * Closes reporting rounds once their due date has passed, by the service's clock (tests move it). It runs
 * often because it costs one indexed read when no round is due, and a round opened after its due date (a
 * period already past) should close soon after.
 */
@ApplicationScoped
public class RoundWatch {

    private static final Logger LOG = Logger.getLogger(RoundWatch.class);

    private final RoundClosing closing;
    private final Clock clock;

    RoundWatch(RoundClosing closing, Clock clock) {
        this.closing = closing;
        this.clock = clock;
    }

    @Scheduled(every = "${yanzhen.tracking.round-scan-every:1m}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void scan() {
        int raised = closing.closeDue(LocalDate.now(clock));
        if (raised > 0) {
            LOG.infof("round watch closed rounds with %d missed reports", raised);
        }
    }
}
