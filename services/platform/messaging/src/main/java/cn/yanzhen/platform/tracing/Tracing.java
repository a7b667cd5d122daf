package cn.yanzhen.platform.tracing;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * One signing's trace across the chain, by hand where no instrumentation reaches (docs/contract.md §7.11):
 * the outbox stores the W3C {@code traceparent} of the span that wrote each event; the relay's send of the
 * event is a child of that context and puts its own {@code traceparent} on the record; a consumer's batch is
 * a child of the first sampled record's send and is linked to every record's send. Quarkus traces the REST
 * request. With tracing off (the default, {@link TracingSwitch}) every method returns at its first line.
 */
@ApplicationScoped
public class Tracing {

    /** The W3C Trace Context header, on Kafka records as on HTTP requests. */
    public static final String TRACEPARENT = "traceparent";

    private static final AttributeKey<String> SYSTEM = AttributeKey.stringKey("messaging.system");
    private static final AttributeKey<String> OPERATION = AttributeKey.stringKey("messaging.operation.type");
    private static final AttributeKey<String> DESTINATION = AttributeKey.stringKey("messaging.destination.name");
    private static final AttributeKey<String> MESSAGE_ID = AttributeKey.stringKey("messaging.message.id");
    private static final AttributeKey<String> MESSAGE_KEY = AttributeKey.stringKey("messaging.kafka.message.key");
    private static final AttributeKey<String> GROUP = AttributeKey.stringKey("messaging.consumer.group.name");
    private static final AttributeKey<Long> BATCH_COUNT = AttributeKey.longKey("messaging.batch.message_count");
    private static final AttributeKey<String> EVENT_TYPE = AttributeKey.stringKey("cloudevents.event_type");
    private static final AttributeKey<String> PARTITION = AttributeKey.stringKey("messaging.destination.partition.id");
    private static final AttributeKey<Long> OFFSET = AttributeKey.longKey("messaging.kafka.offset");

    private static final W3CTraceContextPropagator W3C = W3CTraceContextPropagator.getInstance();

    private final boolean on;
    private final Tracer tracer;

    @Inject
    Tracing(@ConfigProperty(name = "quarkus.otel.sdk.disabled", defaultValue = "true") boolean disabled, Tracer tracer) {
        this.on = !disabled;
        this.tracer = tracer;
    }

    /** Tracing on, with spans from this tracer: for tests and tools outside CDI. */
    public static Tracing with(Tracer tracer) {
        return new Tracing(false, tracer);
    }

    /** Tracing off: nothing is read, written or started. */
    public static Tracing off() {
        return new Tracing(true, null);
    }

    public boolean on() {
        return on;
    }

    /** The current span's context as a W3C {@code traceparent}, to store with what it wrote; null without one. */
    public String traceparent() {
        if (!on) {
            return null;
        }
        SpanContext current = Span.current().getSpanContext();
        if (!current.isValid()) {
            return null;
        }
        return "00-" + current.getTraceId() + "-" + current.getSpanId() + "-" + current.getTraceFlags().asHex();
    }

    /**
     * Starts the PRODUCER span of one send: a child of the context stored with the event (a root when none was),
     * whose own context goes onto the record as its {@code traceparent} header. Null with tracing off; end it
     * with {@link #sent}.
     */
    public Span sending(String storedTraceparent, ProducerRecord<String, ?> record, String eventId, String eventType) {
        if (!on) {
            return null;
        }
        Context parent = storedTraceparent == null ? Context.root() : W3C.extract(Context.root(),
                new RecordHeaders().add(TRACEPARENT, storedTraceparent.getBytes(StandardCharsets.UTF_8)), TraceHeaders.GETTER);
        Span span = tracer.spanBuilder("send " + record.topic())
                .setParent(parent)
                .setSpanKind(SpanKind.PRODUCER)
                .setAttribute(SYSTEM, "kafka")
                .setAttribute(OPERATION, "send")
                .setAttribute(DESTINATION, record.topic())
                .setAttribute(MESSAGE_ID, eventId)
                .setAttribute(MESSAGE_KEY, record.key())
                .setAttribute(EVENT_TYPE, eventType)
                .startSpan();
        W3C.inject(Context.root().with(span), record.headers(), TraceHeaders.SETTER);
        return span;
    }

    /**
     * Ends a send's span once the broker answered: with the partition and offset it wrote the record at, or
     * with {@code failure} (then {@code written} may be null).
     */
    public static void sent(Span span, RecordMetadata written, Exception failure) {
        if (span == null) {
            return;
        }
        if (written != null && written.hasOffset()) {
            span.setAttribute(PARTITION, String.valueOf(written.partition()));
            span.setAttribute(OFFSET, written.offset());
        }
        if (failure != null) {
            span.recordException(failure);
            span.setStatus(StatusCode.ERROR, failure.toString());
        }
        span.end();
    }

    /** The context of the send that put this record on its topic; invalid when it carries none (or tracing is off). */
    public SpanContext sentBy(ConsumerRecord<String, ?> record) {
        if (!on) {
            return SpanContext.getInvalid();
        }
        return Span.fromContext(W3C.extract(Context.root(), record.headers(), TraceHeaders.GETTER)).getSpanContext();
    }

    /**
     * Starts the CONSUMER span of one batch and makes it current until {@link BatchSpan#close()}: a child of the
     * first sampled record's send (so that a signing's trace runs on through every stage), linked to every
     * record's send. {@code sentBy} holds one context per record, from {@link #sentBy}.
     */
    public BatchSpan consuming(String consumer, String topic, List<SpanContext> sentBy) {
        if (!on) {
            return BatchSpan.NONE;
        }
        SpanContext parent = SpanContext.getInvalid();
        for (SpanContext context : sentBy) {
            if (context.isValid() && context.isSampled()) {
                parent = context;
                break;
            }
            if (!parent.isValid()) {
                parent = context;
            }
        }
        SpanBuilder builder = tracer.spanBuilder("process " + topic)
                .setParent(Context.root().with(Span.wrap(parent)))
                .setSpanKind(SpanKind.CONSUMER)
                .setAttribute(SYSTEM, "kafka")
                .setAttribute(OPERATION, "process")
                .setAttribute(DESTINATION, topic)
                .setAttribute(GROUP, consumer)
                .setAttribute(BATCH_COUNT, (long) sentBy.size());
        for (SpanContext context : sentBy) {
            if (context.isValid()) {
                builder.addLink(context);
            }
        }
        Span span = builder.startSpan();
        return new BatchSpan(span, span.makeCurrent());
    }

    /** Runs {@code work} in an INTERNAL span of the current trace, e.g. a batch writing what it changed. */
    public void inSpan(String name, Map<String, String> attributes, Runnable work) {
        if (!on) {
            work.run();
            return;
        }
        SpanBuilder builder = tracer.spanBuilder(name);
        attributes.forEach(builder::setAttribute);
        Span span = builder.startSpan();
        try (Scope ignored = span.makeCurrent()) {
            work.run();
        } catch (RuntimeException | Error failure) {
            span.recordException(failure);
            span.setStatus(StatusCode.ERROR, failure.toString());
            throw failure;
        } finally {
            span.end();
        }
    }
}
