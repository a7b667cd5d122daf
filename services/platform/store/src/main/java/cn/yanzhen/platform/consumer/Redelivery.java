package cn.yanzhen.platform.consumer;

import cn.yanzhen.platform.messaging.PoisonRecordException;
import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.time.Duration;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * How a consumer treats a failure. Poison goes to the dead-letter topic at once. A failure that time
 * cures — the database unreachable, restarting, failing over or out of connections, a deadlock or
 * serialization conflict between two transactions — is retried with backoff for as long as it takes
 * (the partition waits, nothing is lost) and does not count as a try. Any other failure is retried a few
 * times, then treated as poison.
 */
public final class Redelivery {

    private static final Logger LOG = Logger.getLogger(Redelivery.class);
    private static final int ATTEMPTS_BEFORE_POISON = 5;
    private static final Duration FIRST_PAUSE = Duration.ofMillis(200);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(10);
    /**
     * SQL states of failures that time resolves, besides class 08 (connection exception): serialization
     * failure, deadlock, the server shutting down or restarting (57P01-57P03), too many connections or
     * out of resources (53000, 53300), and read-only after a failover (25006).
     */
    private static final Set<String> TRANSIENT_STATES = Set.of("40001", "40P01", "57P01", "57P02", "57P03",
            "53000", "53300", "25006");
    /** Agroal's words when no pooled connection came free in time (its exception carries no SQL state). */
    private static final String POOL_EXHAUSTED = "acquisition timeout";

    private Redelivery() {
    }

    /** Runs the effect until it succeeds, or throws for the dead-letter topic. */
    public static void untilApplied(String what, Runnable effect) {
        retry(what, effect, ATTEMPTS_BEFORE_POISON, FIRST_PAUSE, LONGEST_PAUSE);
    }

    /** Runs the effect until it succeeds, retrying only failures that time cures; throws any other at once. */
    public static void whileTransient(String what, Runnable effect) {
        retry(what, effect, 1, FIRST_PAUSE, LONGEST_PAUSE);
    }

    static void retry(String what, Runnable effect, int attemptsBeforeGivingUp, Duration firstPause,
                      Duration longestPause) {
        Duration pause = firstPause;
        int failedAttempts = 0;
        while (true) {
            try {
                effect.run();
                return;
            } catch (PoisonRecordException e) {
                throw e;
            } catch (RuntimeException | Error e) {
                // an Error (out of memory, a stack overflow) counts as an unexpected failure: tried again a few
                // times, then dead-lettered, never thrown out of the consumer where it would end the channel
                boolean transientFailure = isTransient(e);
                if (!transientFailure && ++failedAttempts >= attemptsBeforeGivingUp) {
                    throw new PoisonRecordException(what + " failed " + failedAttempts + " times: " + e, e);
                }
                LOG.warnf("%s failed (%s), retrying in %d ms: %s", what,
                        transientFailure ? "transient" : "unexpected, attempt " + failedAttempts, pause.toMillis(),
                        e.toString());
                sleep(pause);
                pause = pause.multipliedBy(2).compareTo(longestPause) > 0 ? longestPause : pause.multipliedBy(2);
            }
        }
    }

    static boolean isTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientException) {
                return true;
            }
            if (cause instanceof SQLException sql && isTransient(sql)) {
                return true;
            }
            if (cause instanceof org.hibernate.exception.JDBCConnectionException) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTransient(SQLException failure) {
        String state = failure.getSQLState();
        if (state == null) {
            return failure.getMessage() != null && failure.getMessage().contains(POOL_EXHAUSTED);
        }
        return state.startsWith("08") || TRANSIENT_STATES.contains(state);
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to retry", e);
        }
    }
}
