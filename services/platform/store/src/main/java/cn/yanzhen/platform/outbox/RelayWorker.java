package cn.yanzhen.platform.outbox;

import cn.yanzhen.platform.tracing.Tracing;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Connection;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.Producer;
import org.jboss.logging.Logger;

/**
 * The relay's thread: while it leads (see {@link RelayLeadership}) it runs {@link RelayRound}s back to back
 * while they find full batches, and otherwise waits for a wake-up or the poll interval. A failed round gives
 * up the lead, pauses and tries again. Nothing thrown ends the thread, an {@link Error} included: the lead is
 * released first, so another replica can take over while this one recovers.
 */
final class RelayWorker {

    private static final Logger LOG = Logger.getLogger(RelayWorker.class);
    private static final Duration RETRY_PAUSE = Duration.ofSeconds(1);

    private final OutboxConfig.Relay settings;
    private final Producer<String, byte[]> producer;
    private final RelayLeadership leadership;
    private final RelayRound round;
    private final Counter failures;
    private final Semaphore wakeUp = new Semaphore(0);

    private volatile boolean running;
    private Thread thread;

    RelayWorker(String source, OutboxConfig.Relay settings, DataSource dataSource, Producer<String, byte[]> producer,
                ParkingNotice notice, LastPublished lastPublished, MeterRegistry meters, Tracing tracing) {
        this.settings = settings;
        this.producer = producer;
        this.leadership = new RelayLeadership(dataSource);
        this.round = new RelayRound(source, settings, producer, notice, lastPublished, meters, tracing);
        this.failures = Counter.builder("yanzhen.outbox.relay.failures")
                .description("relay rounds that failed and were tried again").register(meters);
    }

    void start(String threadName) {
        running = true;
        thread = new Thread(this::run, threadName);
        thread.setDaemon(true);
        thread.start();
    }

    void stop() throws InterruptedException {
        running = false;
        wake();
        thread.join(Duration.ofSeconds(10).toMillis());
        producer.close(Duration.ofSeconds(5));
        leadership.release();
    }

    void wake() {
        wakeUp.release();
    }

    boolean alive() {
        return thread != null && thread.isAlive();
    }

    boolean leading() {
        return leadership.leading();
    }

    private void run() {
        while (running) {
            try {
                if (relayOnce() == settings.batchSize()) {
                    continue;
                }
                wakeUp.tryAcquire(settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                wakeUp.drainPermits();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Throwable failure) {
                // release first: logging may fail too when the failure is an OutOfMemoryError
                leadership.release();
                failures.increment();
                LOG.warnf("outbox relay could not publish, retrying in %s: %s", RETRY_PAUSE, failure.toString());
                pause();
            }
        }
    }

    /** One round: returns how many events it claimed, 0 when another instance leads. */
    private int relayOnce() throws Exception {
        Connection connection = leadership.connectionIfLeader();
        return connection == null ? 0 : round.relay(connection);
    }

    private void pause() {
        try {
            Thread.sleep(RETRY_PAUSE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
