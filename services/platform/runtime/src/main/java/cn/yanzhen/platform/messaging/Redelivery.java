package cn.yanzhen.platform.messaging;

import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * How a consumer treats a failure. Poison goes to the dead-letter topic at once. A failure of the
 * database connection is transient: the record is retried with backoff for as long as it takes (the
 * partition waits, nothing is lost). Any other failure is retried a few times, then treated as poison.
 */
public final class Redelivery {

    private static final Logger LOG = Logger.getLogger(Redelivery.class);
    private static final int ATTEMPTS_BEFORE_POISON = 5;
    private static final Duration FIRST_PAUSE = Duration.ofMillis(200);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(10);

    private Redelivery() {
    }

    /** Runs the effect until it succeeds, or throws for the dead-letter topic. */
    public static void untilApplied(String what, Runnable effect) {
        Duration pause = FIRST_PAUSE;
        for (int attempt = 1; ; attempt++) {
            try {
                effect.run();
                return;
            } catch (PoisonRecordException e) {
                throw e;
            } catch (RuntimeException e) {
                boolean transientFailure = isConnectionFailure(e);
                if (!transientFailure && attempt >= ATTEMPTS_BEFORE_POISON) {
                    throw new PoisonRecordException(what + " failed " + attempt + " times: " + e, e);
                }
                LOG.warnf("%s failed (attempt %d, %s), retrying in %d ms: %s", what, attempt,
                        transientFailure ? "database unreachable" : "unexpected", pause.toMillis(), e.toString());
                sleep(pause);
                pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
            }
        }
    }

    static boolean isConnectionFailure(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
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
