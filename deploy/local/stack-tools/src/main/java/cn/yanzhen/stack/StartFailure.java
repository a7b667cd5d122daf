package cn.yanzhen.stack;

import java.nio.file.Path;

/** What a person reads when the stack's PostgreSQL does not start: what went wrong and what to do. */
final class StartFailure {

    /** Measured with zonky 2.2.2 and PostgreSQL 15.19: extraction fails below 100 MB with the serial collector. */
    static final int EXTRACTION_HEAP_MB = 100;

    private StartFailure() {
    }

    static String explain(Throwable failure, Path binaries, Path data) {
        String what = "PostgreSQL did not start: " + rootCause(failure);
        if (causedBy(failure, OutOfMemoryError.class)) {
            return what + "\n  Extracting PostgreSQL's binaries (into " + binaries + ") needs about " + EXTRACTION_HEAP_MB
                    + " MB of heap; this JVM has " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB."
                    + "\n  Give it more (-Xmx), then start again: the unfinished extraction is removed first.";
        }
        return what + "\n  Binaries: " + binaries + " (delete it to extract them again)"
                + "\n  Data: " + data + " (`deploy/local/stack down --wipe` deletes it to start afresh)";
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    private static String rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.toString();
    }
}
