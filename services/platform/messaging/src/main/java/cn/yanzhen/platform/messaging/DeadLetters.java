package cn.yanzhen.platform.messaging;

import cn.yanzhen.platform.kafka.KafkaClients;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Sends a record that can never be applied to {@code <topic>.dlq}, as it came plus headers saying why
 * and where from (the names SmallRye's dead-letter strategy uses), and which service gave up on it:
 * several services read one topic and share its dead-letter topic, and each replays only its own. A batch
 * consumer dead-letters its poison itself, so the rest of the batch is applied rather than sent along with
 * it. The send is confirmed before the batch's offsets move on: a poison record is never dropped.
 */
@ApplicationScoped
public class DeadLetters {

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);
    private static final Duration RETRY_PAUSE = Duration.ofSeconds(1);

    private final Map<String, Object> kafkaConfig;
    private final MeterRegistry meters;
    private final String service;
    private volatile KafkaProducer<String, String> producer;

    DeadLetters(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig, MeterRegistry meters,
                @ConfigProperty(name = "quarkus.application.name") String service) {
        this.kafkaConfig = kafkaConfig;
        this.meters = meters;
        this.service = service;
    }

    /** Dead-letters the record, retrying while the broker cannot take it. */
    public void send(ConsumerRecord<String, String> record, Throwable reason) {
        LOG.warnf("dead-lettering %s-%d@%d: %s", record.topic(), record.partition(), record.offset(), reason.getMessage());
        ProducerRecord<String, String> dead = new ProducerRecord<>(record.topic() + ".dlq", null, record.key(),
                record.value(), headers(record, reason));
        while (true) {
            try {
                producer().send(dead).get(30, TimeUnit.SECONDS);
                break;
            } catch (ExecutionException | TimeoutException e) {
                LOG.warnf("dead-letter topic unreachable, retrying in %s: %s", RETRY_PAUSE, e.toString());
                pause();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while dead-lettering", e);
            }
        }
        Counter.builder("yanzhen.dead.letters").description("records sent to the dead-letter topic")
                .tag("topic", record.topic()).register(meters).increment();
    }

    private Headers headers(ConsumerRecord<String, String> record, Throwable reason) {
        Headers headers = record.headers();
        put(headers, DeadLetterHeaders.REASON, String.valueOf(reason.getMessage()));
        put(headers, DeadLetterHeaders.EXCEPTION_CLASS, reason.getClass().getName());
        if (reason.getCause() != null) {
            put(headers, DeadLetterHeaders.CAUSE, String.valueOf(reason.getCause().getMessage()));
        }
        put(headers, DeadLetterHeaders.TOPIC, record.topic());
        put(headers, DeadLetterHeaders.PARTITION, Integer.toString(record.partition()));
        put(headers, DeadLetterHeaders.OFFSET, Long.toString(record.offset()));
        put(headers, DeadLetterHeaders.SERVICE, service);
        return headers;
    }

    private static void put(Headers headers, String name, String value) {
        headers.remove(name);
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private KafkaProducer<String, String> producer() {
        if (producer == null) {
            synchronized (this) {
                if (producer == null) {
                    producer = KafkaClients.confirmingProducer(kafkaConfig, "dead-letters-" + System.identityHashCode(this));
                }
            }
        }
        return producer;
    }

    void stop(@Observes ShutdownEvent event) {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }

    private static void pause() {
        try {
            Thread.sleep(RETRY_PAUSE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to retry", e);
        }
    }
}
