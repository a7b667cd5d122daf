package cn.yanzhen.platform.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * How far a consumer group is behind on a topic. Services commit offsets only after the effect, so a
 * lag of zero means every record published so far has been applied.
 */
public final class ConsumerLag implements AutoCloseable {

    private final Admin admin;

    public ConsumerLag(String bootstrapServers) {
        this(bootstrapServers, new Properties());
    }

    /** On a broker that wants a login: {@code login} holds the client's security settings. */
    public ConsumerLag(String bootstrapServers, Properties login) {
        Properties settings = new Properties();
        settings.putAll(login);
        settings.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        admin = Admin.create(settings);
    }

    /** Records of the topic the group has not yet committed. */
    public long of(String group, String topic) throws ExecutionException, InterruptedException, TimeoutException {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        admin.describeTopics(List.of(topic)).allTopicNames().get(10, TimeUnit.SECONDS).get(topic).partitions()
                .forEach(partition -> latest.put(new TopicPartition(topic, partition.partition()), OffsetSpec.latest()));
        return admin.listOffsets(latest).all().get(10, TimeUnit.SECONDS).entrySet().stream()
                .mapToLong(end -> end.getValue().offset() - offset(committed.get(end.getKey())))
                .sum();
    }

    /** Waits until the group has applied everything on the topic, reporting progress; fails after the timeout. */
    public void awaitCaughtUp(String group, String topic, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        for (long lag = of(group, topic); lag > 0; lag = of(group, topic)) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(group + " is still " + lag + " records behind on " + topic);
            }
            TimeUnit.MILLISECONDS.sleep(200);
        }
    }

    private static long offset(OffsetAndMetadata committed) {
        return committed == null ? 0 : committed.offset();
    }

    @Override
    public void close() {
        admin.close();
    }
}
