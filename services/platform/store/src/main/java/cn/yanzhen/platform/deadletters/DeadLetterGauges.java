package cn.yanzhen.platform.deadletters;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code yanzhen_dead_letters_waiting{dlq}}: this service's dead letters not yet replayed, per dead-letter
 * topic, as the latest look at the topic found them. Alert on it above 0; {@code yanzhen_dead_letters_total}
 * counts what this process dead-lettered since it started.
 */
@ApplicationScoped
public class DeadLetterGauges {

    private final MeterRegistry meters;
    private final Map<String, AtomicLong> waiting = new ConcurrentHashMap<>();

    DeadLetterGauges(MeterRegistry meters) {
        this.meters = meters;
    }

    void waiting(String dlq, long count) {
        waiting.computeIfAbsent(dlq, name -> {
            AtomicLong value = new AtomicLong();
            Gauge.builder("yanzhen.dead.letters.waiting", value, AtomicLong::get)
                    .description("dead letters of this service not yet replayed").tag("dlq", name).register(meters);
            return value;
        }).set(count);
    }
}
