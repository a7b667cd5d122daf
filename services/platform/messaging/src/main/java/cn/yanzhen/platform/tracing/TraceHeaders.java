package cn.yanzhen.platform.tracing;

import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapSetter;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/** How a W3C trace context is written to and read from a Kafka record's headers: one UTF-8 header, the last one read. */
final class TraceHeaders {

    static final TextMapSetter<Headers> SETTER = (headers, name, value) -> {
        headers.remove(name);
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    };
    static final TextMapGetter<Headers> GETTER = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Headers headers) {
            return Collections.singletonList(Tracing.TRACEPARENT);
        }

        @Override
        public String get(Headers headers, String name) {
            Header header = headers == null ? null : headers.lastHeader(name);
            return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
        }
    };

    private TraceHeaders() {
    }
}
