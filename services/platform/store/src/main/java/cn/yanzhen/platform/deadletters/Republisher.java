package cn.yanzhen.platform.deadletters;

import cn.yanzhen.platform.api.ProblemException;
import cn.yanzhen.platform.kafka.KafkaClients;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

/** Sends replayed dead letters back to their topics, each confirmed by the broker before the next. */
@ApplicationScoped
public class Republisher {

    private final Map<String, Object> kafkaConfig;
    private KafkaProducer<String, String> producer;

    Republisher(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig) {
        this.kafkaConfig = kafkaConfig;
    }

    synchronized void send(ProducerRecord<String, String> record) {
        if (producer == null) {
            producer = KafkaClients.confirmingProducer(kafkaConfig, "dead-letter-replay-" + System.identityHashCode(this));
        }
        try {
            producer.send(record).get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new ProblemException(Response.Status.SERVICE_UNAVAILABLE, "消息代理未确认重放，本次重放未记录，可再次重放。"
                    + " The broker did not confirm the replay to " + record.topic() + " (" + e.getMessage()
                    + "); nothing was recorded as replayed, so replaying again is safe.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while replaying to " + record.topic(), e);
        }
    }

    synchronized void stop(@Observes ShutdownEvent event) {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }
}
