package cn.yanzhen.platform.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.LinkData;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The hand-made links of a trace: stored context → send → record header → batch, with an SDK of its own. */
class TracingTest {

    private final InMemorySpanExporter spans = InMemorySpanExporter.create();
    private final SdkTracerProvider provider = SdkTracerProvider.builder()
            .addSpanProcessor(SimpleSpanProcessor.create(spans)).build();
    private final Tracing tracing = Tracing.with(provider.get("test"));

    @AfterEach
    void close() {
        provider.close();
    }

    @Test
    void theStoredContextIsTheCurrentSpans() {
        Span request = provider.get("test").spanBuilder("POST /api/events/{code}/signings").startSpan();
        try (Scope ignored = request.makeCurrent()) {
            assertThat(tracing.traceparent()).isEqualTo("00-" + request.getSpanContext().getTraceId() + "-"
                    + request.getSpanContext().getSpanId() + "-01");
        } finally {
            request.end();
        }
        assertThat(tracing.traceparent()).as("no span is current").isNull();
    }

    @Test
    void aSendIsAChildOfTheStoredContextAndPutsItsOwnContextOnTheRecord() {
        String stored = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";
        ProducerRecord<String, byte[]> record = new ProducerRecord<>("yanzhen.signings", null, "signing-1", new byte[0],
                new RecordHeaders());

        Span send = tracing.sending(stored, record, "ce-1", "yanzhen.signing.registered");
        Tracing.sent(send, new RecordMetadata(new TopicPartition("yanzhen.signings", 4), 17, 0, 0L, 0, 0), null);

        SpanData sent = spans.getFinishedSpanItems().get(0);
        assertThat(sent.getName()).isEqualTo("send yanzhen.signings");
        assertThat(sent.getKind()).isEqualTo(SpanKind.PRODUCER);
        assertThat(sent.getTraceId()).isEqualTo("0af7651916cd43dd8448eb211c80319c");
        assertThat(sent.getParentSpanId()).isEqualTo("b7ad6b7169203331");
        assertThat(sent.getAttributes().asMap().toString()).contains("messaging.message.id=ce-1",
                "messaging.destination.partition.id=4", "messaging.kafka.offset=17");
        assertThat(new String(record.headers().lastHeader(Tracing.TRACEPARENT).value(), StandardCharsets.UTF_8))
                .isEqualTo("00-0af7651916cd43dd8448eb211c80319c-" + sent.getSpanId() + "-01");
    }

    @Test
    void withoutAStoredContextASendStartsATraceOfItsOwn() {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>("yanzhen.alerts", null, "k", new byte[0],
                new RecordHeaders());

        Tracing.sent(tracing.sending(null, record, "ce-2", "yanzhen.alert"), null, new IllegalStateException("refused"));

        SpanData sent = spans.getFinishedSpanItems().get(0);
        assertThat(sent.getParentSpanContext().isValid()).isFalse();
        assertThat(sent.getStatus().getStatusCode()).hasToString("ERROR");
        assertThat(record.headers().lastHeader(Tracing.TRACEPARENT)).isNotNull();
    }

    @Test
    void aBatchIsAChildOfItsFirstSampledRecordsSendAndLinkedToEverySend() {
        SpanContext unsampled = remote("11111111111111111111111111111111", "1111111111111111", false);
        SpanContext sampled = remote("22222222222222222222222222222222", "2222222222222222", true);
        SpanContext alsoSampled = remote("33333333333333333333333333333333", "3333333333333333", true);
        List<SpanContext> sentBy = List.of(record(unsampled), record(null), record(sampled), record(alsoSampled))
                .stream().map(tracing::sentBy).toList();

        String during;
        try (BatchSpan ignored = tracing.consuming("yanzhen-tracking", "yanzhen.signings", sentBy)) {
            during = tracing.traceparent();
            tracing.inSpan("finish yanzhen-tracking", Map.of(), () -> { });
        }

        SpanData finish = spans.getFinishedSpanItems().get(0);
        SpanData batch = spans.getFinishedSpanItems().get(1);
        assertThat(batch.getName()).isEqualTo("process yanzhen.signings");
        assertThat(batch.getKind()).isEqualTo(SpanKind.CONSUMER);
        assertThat(batch.getTraceId()).isEqualTo(sampled.getTraceId());
        assertThat(batch.getParentSpanId()).isEqualTo(sampled.getSpanId());
        assertThat(batch.getLinks()).extracting(LinkData::getSpanContext).extracting(SpanContext::getSpanId)
                .containsExactly(unsampled.getSpanId(), sampled.getSpanId(), alsoSampled.getSpanId());
        assertThat(during).contains(batch.getSpanId());
        assertThat(finish.getParentSpanId()).isEqualTo(batch.getSpanId());
    }

    @Test
    void aBatchOfRecordsWithoutContextStartsATraceOfItsOwn() {
        try (BatchSpan ignored = tracing.consuming("c", "yanzhen.matches", List.of(tracing.sentBy(record(null))))) {
            assertThat(Span.current().getSpanContext().isValid()).isTrue();
        }
        assertThat(spans.getFinishedSpanItems().get(0).getParentSpanContext().isValid()).isFalse();
        assertThat(spans.getFinishedSpanItems().get(0).getLinks()).isEmpty();
    }

    @Test
    void offReadsNothingAndStartsNothing() {
        Tracing off = Tracing.off();
        ProducerRecord<String, byte[]> record = new ProducerRecord<>("yanzhen.signings", null, "k", new byte[0],
                new RecordHeaders());
        assertThat(off.sending("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01", record, "e", "t")).isNull();
        assertThat(record.headers().toArray()).isEmpty();
        assertThat(off.sentBy(record(remote("22222222222222222222222222222222", "2222222222222222", true))).isValid())
                .isFalse();
        try (BatchSpan batch = off.consuming("c", "t", List.of())) {
            assertThat(batch).isSameAs(BatchSpan.NONE);
        }
        assertThat(off.traceparent()).isNull();
    }

    private static SpanContext remote(String traceId, String spanId, boolean sampled) {
        return SpanContext.createFromRemoteParent(traceId, spanId,
                sampled ? TraceFlags.getSampled() : TraceFlags.getDefault(), TraceState.getDefault());
    }

    private static ConsumerRecord<String, String> record(SpanContext sentBy) {
        RecordHeaders headers = new RecordHeaders();
        if (sentBy != null) {
            headers.add(Tracing.TRACEPARENT, ("00-" + sentBy.getTraceId() + "-" + sentBy.getSpanId() + "-"
                    + sentBy.getTraceFlags().asHex()).getBytes(StandardCharsets.UTF_8));
        }
        return new ConsumerRecord<>("yanzhen.signings", 0, 0L, 0L, TimestampType.CREATE_TIME, 0, 0, "k", "{}", headers,
                Optional.empty());
    }
}
