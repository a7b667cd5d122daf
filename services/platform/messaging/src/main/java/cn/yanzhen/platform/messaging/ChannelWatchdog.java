package cn.yanzhen.platform.messaging;

import io.quarkus.runtime.Quarkus;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.reactive.messaging.health.HealthReport;
import io.smallrye.reactive.messaging.providers.extension.HealthCenter;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Restarts this service when one of its consumer channels has failed for good.
 *
 * <p>SmallRye closes a channel's Kafka consumer on a fatal failure (a commit that cannot be made, a broker
 * gone for longer than {@code default.api.timeout.ms}, a record that cannot be acknowledged in time) and
 * never builds it again: the service would go on answering requests while reading nothing. No API of
 * SmallRye Reactive Messaging 4 recreates a channel in a running application, so the watchdog ends the
 * process cleanly with {@link #RESTART_EXIT_CODE} (the outbox relay and its lock released) and its
 * supervisor starts a fresh one at once: the local stack's service loop, docker-compose's restart policy,
 * Kubernetes' restart policy. The new consumer resumes from the last committed offset, and a redelivered
 * record is applied once ({@code processed_message}).
 */
@ApplicationScoped
public class ChannelWatchdog {

    /** EX_TEMPFAIL: a temporary failure, start me again. */
    public static final int RESTART_EXIT_CODE = 75;

    private static final Logger LOG = Logger.getLogger(ChannelWatchdog.class);

    private final HealthCenter health;
    private final AtomicBoolean restarting = new AtomicBoolean();

    ChannelWatchdog(HealthCenter health) {
        this.health = health;
    }

    @Scheduled(every = "${yanzhen.messaging.watchdog-every:5s}", delayed = "${yanzhen.messaging.watchdog-every:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void look() {
        List<String> failed = failedChannels(health.getLiveness());
        if (!failed.isEmpty() && restarting.compareAndSet(false, true)) {
            LOG.errorf("消费通道已停止，服务将退出（%d）由其守护进程重新启动 / consumer channel failed for good, exiting with %d"
                    + " so that the supervisor starts this service again: %s", RESTART_EXIT_CODE, RESTART_EXIT_CODE,
                    String.join("; ", failed));
            Quarkus.asyncExit(RESTART_EXIT_CODE);
        }
    }

    /** Each channel liveness reports down, with what it reported. */
    static List<String> failedChannels(HealthReport liveness) {
        return liveness.getChannels().stream()
                .filter(channel -> !channel.isOk())
                .map(channel -> channel.getChannel() + ": " + channel.getMessage())
                .toList();
    }
}
