package cn.yanzhen.platform.outbox;

import java.util.Set;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;

/**
 * Which refusals of the broker or the producer concern the record itself, so that sending it again can never
 * succeed: such an event is parked instead of holding up every event after it. Anything else (a broker
 * away, a leader moving, a time-out) is tried again.
 */
final class SendFailures {

    private static final Set<Class<? extends Throwable>> ABOUT_THE_RECORD = Set.of(RecordTooLargeException.class,
            RecordBatchTooLargeException.class, SerializationException.class, InvalidRecordException.class);

    private SendFailures() {
    }

    static boolean isPermanent(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            for (Class<? extends Throwable> kind : ABOUT_THE_RECORD) {
                if (kind.isInstance(cause)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The reason kept with a parked event: the failure's kind and message, bounded. */
    static String reason(Throwable failure) {
        String reason = failure.getClass().getSimpleName() + ": " + failure.getMessage();
        return reason.length() > 1_000 ? reason.substring(0, 1_000) + "…" : reason;
    }
}
