package cn.yanzhen.platform.cloudevents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

class CloudEventTest {

    @Test
    void writesBinaryModeHeadersAndReadsThemBack() {
        CloudEvent event = new CloudEvent(UUID.randomUUID(), "yanzhen.signing.registered", "/yanzhen/intake",
                "c0ffee00-0000-4000-8000-000000000001", Instant.parse("2025-07-20T01:30:00Z"),
                "{\"subject\":\"gx-commerce\",\"roles\":[\"organiser\"],\"org\":\"GX-COMMERCE\"}");

        Headers headers = event.toKafkaHeaders();

        assertThat(new String(headers.lastHeader("ce_specversion").value(), StandardCharsets.UTF_8)).isEqualTo("1.0");
        assertThat(new String(headers.lastHeader("content-type").value(), StandardCharsets.UTF_8))
                .isEqualTo("application/json");
        assertThat(CloudEvent.fromKafkaHeaders(headers)).isEqualTo(event);
    }

    @Test
    void aRecordWithoutTheHeadersIsNotACloudEvent() {
        assertThatThrownBy(() -> CloudEvent.fromKafkaHeaders(new RecordHeaders()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ce_id");
    }
}
