package cn.yanzhen.platform.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code yanzhen_outbox_last_published_timestamp_seconds{topic}}: when this process's relay last had an event
 * on the topic acknowledged, in seconds since the epoch. {@code time()} minus it says how stale what the
 * service publishes there has become (tracking's figures on {@code yanzhen.stats}); a topic appears once its
 * first event since start is published. Shared by every worker of the process, so a standby that takes the
 * lead keeps counting from the same gauges.
 */
final class LastPublished {

    private final MeterRegistry meters;
    private final Map<String, AtomicLong> millisByTopic = new ConcurrentHashMap<>();

    LastPublished(MeterRegistry meters) {
        this.meters = meters;
    }

    void published(Collection<OutboxRows.Pending> events, Instant at) {
        events.stream().map(OutboxRows.Pending::topic).distinct().forEach(topic -> gauge(topic).set(at.toEpochMilli()));
    }

    private AtomicLong gauge(String topic) {
        return millisByTopic.computeIfAbsent(topic, name -> {
            AtomicLong millis = new AtomicLong();
            Gauge.builder("yanzhen.outbox.last.published.timestamp.seconds", millis, value -> value.get() / 1000.0)
                    .description("when the relay last published an event on the topic (seconds since the epoch)")
                    .tag("topic", name).register(meters);
            return millis;
        });
    }
}
