package cn.yanzhen.platform.testing;

import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads what was published to a topic after a given moment: take a {@link #mark()} before acting,
 * then read the records that came after it. Works on a broker that already holds older records.
 */
public final class TopicReader implements AutoCloseable {

    private final String topic;
    private final KafkaConsumer<String, String> consumer;
    private final List<TopicPartition> partitions;

    public TopicReader(String bootstrapServers, String topic) {
        this.topic = topic;
        Properties settings = new Properties();
        settings.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        settings.put(ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID());
        settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        settings.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        settings.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000);
        this.consumer = new KafkaConsumer<>(settings, new StringDeserializer(), new StringDeserializer());
        List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(30));
        if (infos == null || infos.isEmpty()) {
            consumer.close();
            throw new IllegalStateException("topic " + topic + " does not exist (yet)");
        }
        this.partitions = infos.stream().map(info -> new TopicPartition(topic, info.partition())).toList();
        consumer.assign(partitions);
    }

    /** The end offset of every partition now. */
    public Map<TopicPartition, Long> mark() {
        return new HashMap<>(consumer.endOffsets(partitions, Duration.ofSeconds(10)));
    }

    /** Waits until at least {@code expected} records arrived after the mark, then returns all of them. */
    public List<ConsumerRecord<String, String>> awaitRecords(Map<TopicPartition, Long> mark, int expected,
                                                             Duration timeout) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        partitions.forEach(partition -> consumer.seek(partition, mark.getOrDefault(partition, 0L)));
        await().atMost(timeout).pollInterval(Duration.ofMillis(50)).until(() -> {
            consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            return records.size() >= expected;
        });
        consumer.poll(Duration.ofMillis(300)).forEach(records::add);
        return records;
    }

    /**
     * Waits until {@code expected} records after the mark satisfy the condition and returns those: one pass
     * over the topic from the mark, without waiting out a quiet poll once they are all there.
     */
    public List<ConsumerRecord<String, String>> awaitMatching(Map<TopicPartition, Long> mark,
                                                              Predicate<ConsumerRecord<String, String>> condition,
                                                              int expected, Duration timeout) {
        List<ConsumerRecord<String, String>> matching = new ArrayList<>();
        partitions.forEach(partition -> consumer.seek(partition, mark.getOrDefault(partition, 0L)));
        await().atMost(timeout).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(10)).until(() -> {
            consumer.poll(Duration.ofMillis(100)).forEach(record -> {
                if (condition.test(record)) {
                    matching.add(record);
                }
            });
            return matching.size() >= expected;
        });
        return matching;
    }

    /** Every record appended after the mark up to the end of the topic as it is now. */
    public List<ConsumerRecord<String, String>> readToEnd(Map<TopicPartition, Long> mark) {
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(10));
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        partitions.forEach(partition -> consumer.seek(partition, mark.getOrDefault(partition, 0L)));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(10)).until(() -> {
            consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            return partitions.stream().allMatch(partition -> consumer.position(partition) >= end.get(partition));
        });
        return records;
    }

    /** How many records were appended after the mark, by end offsets. */
    public long countSince(Map<TopicPartition, Long> mark) {
        Map<TopicPartition, Long> now = consumer.endOffsets(partitions, Duration.ofSeconds(10));
        return now.entrySet().stream().mapToLong(end -> end.getValue() - mark.getOrDefault(end.getKey(), 0L)).sum();
    }

    public String topic() {
        return topic;
    }

    public static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        consumer.close();
    }
}
