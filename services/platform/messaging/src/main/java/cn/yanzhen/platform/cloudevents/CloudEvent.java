package cn.yanzhen.platform.cloudevents;

import cn.yanzhen.contracts.CloudEventHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * The CloudEvents 1.0 attributes of one event, carried as binary-mode Kafka headers, with the
 * {@code actor} extension (who caused it; absent on events published before it existed).
 */
public record CloudEvent(UUID id, String type, String source, String subject, Instant time, String actor) {

    public Headers toKafkaHeaders() {
        RecordHeaders headers = new RecordHeaders();
        put(headers, CloudEventHeaders.ID, id.toString());
        put(headers, CloudEventHeaders.TYPE, type);
        put(headers, CloudEventHeaders.SOURCE, source);
        put(headers, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
        put(headers, CloudEventHeaders.TIME, time.toString());
        put(headers, CloudEventHeaders.SUBJECT, subject);
        if (actor != null) {
            put(headers, CloudEventHeaders.ACTOR, actor);
        }
        put(headers, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        return headers;
    }

    /** Reads the attributes back; a record without them is not a CloudEvent of this system. */
    public static CloudEvent fromKafkaHeaders(Headers headers) {
        return new CloudEvent(
                UUID.fromString(required(headers, CloudEventHeaders.ID)),
                required(headers, CloudEventHeaders.TYPE),
                required(headers, CloudEventHeaders.SOURCE),
                required(headers, CloudEventHeaders.SUBJECT),
                Instant.parse(required(headers, CloudEventHeaders.TIME)),
                optional(headers, CloudEventHeaders.ACTOR));
    }

    private static void put(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private static String required(Headers headers, String name) {
        String value = optional(headers, name);
        if (value == null) {
            throw new IllegalArgumentException("missing CloudEvents header " + name);
        }
        return value;
    }

    private static String optional(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
