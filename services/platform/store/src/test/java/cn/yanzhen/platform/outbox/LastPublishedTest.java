package cn.yanzhen.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LastPublishedTest {

    private static final String GAUGE = "yanzhen.outbox.last.published.timestamp.seconds";

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final LastPublished lastPublished = new LastPublished(meters);

    private static OutboxRows.Pending on(String topic) {
        return new OutboxRows.Pending(1, UUID.randomUUID(), topic, "450100", "type", "450100", Instant.EPOCH, "{}", "{}",
                null);
    }

    private double secondsOf(String topic) {
        return meters.get(GAUGE).tag("topic", topic).gauge().value();
    }

    @Test
    void eachTopicShowsWhenItsLatestEventWasPublished() {
        lastPublished.published(List.of(on("yanzhen.stats"), on("yanzhen.alerts")), Instant.ofEpochSecond(1_000, 500_000_000));
        lastPublished.published(List.of(on("yanzhen.stats")), Instant.ofEpochSecond(2_000));

        assertThat(secondsOf("yanzhen.stats")).isEqualTo(2_000.0);
        assertThat(secondsOf("yanzhen.alerts")).isEqualTo(1_000.5);
    }

    @Test
    void aTopicWithNothingPublishedHasNoGauge() {
        lastPublished.published(List.of(on("yanzhen.alerts")), Instant.ofEpochSecond(1_000));

        assertThat(meters.find(GAUGE).tag("topic", "yanzhen.stats").gauge()).isNull();
    }
}
