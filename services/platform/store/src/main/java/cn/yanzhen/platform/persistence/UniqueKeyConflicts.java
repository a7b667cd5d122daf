package cn.yanzhen.platform.persistence;

import java.util.function.Supplier;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Runs a check-then-insert operation once more when a concurrent request inserted the same unique
 * key first: the second run sees the committed row and answers as for a repeated request.
 */
public final class UniqueKeyConflicts {

    private UniqueKeyConflicts() {
    }

    public static <T> T retryOnce(Supplier<T> operation) {
        try {
            return operation.get();
        } catch (RuntimeException e) {
            if (!causedByUniqueViolation(e)) {
                throw e;
            }
            return operation.get();
        }
    }

    private static boolean causedByUniqueViolation(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation
                    && violation.getKind() == ConstraintViolationException.ConstraintKind.UNIQUE) {
                return true;
            }
        }
        return false;
    }
}
