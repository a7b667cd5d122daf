package cn.yanzhen.platform.deadletters;

import cn.yanzhen.contracts.Topic;
import cn.yanzhen.contracts.Topics;
import cn.yanzhen.platform.kafka.KafkaClients;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The dead-letter topics of the topics this service consumes, and what it left on them. Each read goes
 * through the whole topic: dead letters are few, and kept until replayed.
 */
@ApplicationScoped
public class DeadLetterTopics {

    /** What a dead-letter topic holds: all its records, and the dead letters this service left there. */
    record Contents(long records, List<DeadLetter> own) {
    }

    private static final Pattern INCOMING_TOPIC = Pattern.compile("mp\\.messaging\\.incoming\\.[^.]+\\.topic");
    private static final Duration READ_WITHIN = Duration.ofSeconds(30);

    private final Map<String, Object> kafkaConfig;
    private final String service;
    private final List<String> own;

    DeadLetterTopics(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig, Config config,
                     @ConfigProperty(name = "quarkus.application.name") String service,
                     @ConfigProperty(name = "yanzhen.dead-letters.enabled", defaultValue = "true") boolean enabled) {
        this.kafkaConfig = kafkaConfig;
        this.service = service;
        this.own = enabled ? consumedDeadLetterTopics(config) : List.of();
    }

    /** The dead-letter topics of the contract's topics this service's channels read, by name. */
    List<String> own() {
        return own;
    }

    Contents read(String dlq) {
        try (KafkaConsumer<String, String> consumer = KafkaClients.reader(kafkaConfig, service + "-dead-letters")) {
            List<PartitionInfo> infos = consumer.partitionsFor(dlq, READ_WITHIN);
            if (infos == null || infos.isEmpty()) {
                return new Contents(0, List.of());
            }
            List<TopicPartition> partitions = infos.stream()
                    .map(info -> new TopicPartition(dlq, info.partition())).toList();
            consumer.assign(partitions);
            Map<TopicPartition, Long> start = consumer.beginningOffsets(partitions, READ_WITHIN);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, READ_WITHIN);
            consumer.seekToBeginning(partitions);
            List<DeadLetter> mine = new ArrayList<>();
            Instant deadline = Instant.now().plus(READ_WITHIN);
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < end.get(partition))) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("could not read " + dlq + " to its end within " + READ_WITHIN);
                }
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    DeadLetter letter = new DeadLetter(record);
                    boolean read = record.offset() < end.get(new TopicPartition(dlq, record.partition()));
                    // records from before services named themselves belong to every service that reads the topic
                    if (read && (letter.service() == null || service.equals(letter.service()))) {
                        mine.add(letter);
                    }
                }
            }
            long records = partitions.stream().mapToLong(partition -> end.get(partition) - start.get(partition)).sum();
            return new Contents(records, mine);
        }
    }

    private static List<String> consumedDeadLetterTopics(Config config) {
        List<String> names = Topics.ALL.stream().map(Topic::name).toList();
        return StreamSupport.stream(config.getPropertyNames().spliterator(), false)
                .filter(name -> INCOMING_TOPIC.matcher(name).matches())
                .map(name -> config.getValue(name, String.class))
                .filter(names::contains)
                .map(topic -> topic + Topic.DLQ_SUFFIX)
                .distinct().sorted().toList();
    }
}
