package cn.yanzhen.platform.messaging;

import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.time.Duration;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * How a consumer treats a failure. Poison goes to the dead-letter topic at once. A failure that time
 * cures — the database unreachable, a deadlock or serialization conflict between two transactions —
 * is retried with backoff for as long as it takes (the partition waits, nothing is lost). Any other
 * failure is retried a few times, then treated as poison.
 */
public final class Redelivery {

    private static final Logger LOG = Logger.getLogger(Redelivery.class);
    private static final int ATTEMPTS_BEFORE_POISON = 5;
    private static final Duration FIRST_PAUSE = Duration.ofMillis(200);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(10);
    /** SQL states of failures that a second try resolves: serialization failure, deadlock. */
    private static final Set<String> RETRYABLE_STATES = Set.of("40001", "40P01");

    private Redelivery() {
    }

    /** Runs the effect until it succeeds, or throws for the dead-letter topic. */
    public static void untilApplied(String what, Runnable effect) {
        retry(what, effect, ATTEMPTS_BEFORE_POISON);
    }

    /** Runs the effect until it succeeds, retrying only failures that time cures; throws any other at once. */
    public static void whileTransient(String what, Runnable effect) {
        retry(what, effect, 1);
    }

    private static void retry(String what, Runnable effect, int attemptsBeforeGivingUp) {
        Duration pause = FIRST_PAUSE;
        for (int attempt = 1; ; attempt++) {
            try {
                effect.run();
                return;
            } catch (PoisonRecordException e) {
                throw e;
            } catch (RuntimeException e) {
                boolean transientFailure = isTransient(e);
                if (!transientFailure && attempt >= attemptsBeforeGivingUp) {
                    throw new PoisonRecordException(what + " failed " + attempt + " times: " + e, e);
                }
                LOG.warnf("%s failed (attempt %d, %s), retrying in %d ms: %s", what, attempt,
                        transientFailure ? "transient" : "unexpected", pause.toMillis(), e.toString());
                sleep(pause);
                pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
            }
        }
    }

    static boolean isTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || RETRYABLE_STATES.contains(sql.getSQLState()))) {
                return true;
            }
            if (cause instanceof org.hibernate.exception.JDBCConnectionException) {
                return true;
            }
        }
        return false;
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
