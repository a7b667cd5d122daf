package cn.yanzhen.platform.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;

/** A consumer batch's span, current from its start until it is closed. */
public final class BatchSpan implements AutoCloseable {

    static final BatchSpan NONE = new BatchSpan(null, null);

    private final Span span;
    private final Scope scope;

    BatchSpan(Span span, Scope scope) {
        this.span = span;
        this.scope = scope;
    }

    /** Marks the batch failed (it is applied again, one event at a time, or waits for the database). */
    public void failed(Throwable failure) {
        if (span != null) {
            span.recordException(failure);
            span.setStatus(StatusCode.ERROR, failure.toString());
        }
    }

    @Override
    public void close() {
        if (span != null) {
            scope.close();
            span.end();
        }
    }
}
