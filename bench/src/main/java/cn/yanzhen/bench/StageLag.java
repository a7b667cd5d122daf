package cn.yanzhen.bench;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/** How far each stage of the chain is behind its input topic: the records its group has not yet committed. */
final class StageLag implements AutoCloseable {

    private static final Map<String, List<String>> STAGES = stages();

    private final Admin admin;

    StageLag(String bootstrap) {
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
    }

    /** "matching ← signings 1200, …" for every stage; a stage that cannot be asked says so. */
    String describe() {
        StringBuilder line = new StringBuilder("lag");
        STAGES.forEach((group, topics) -> topics.forEach(topic -> line.append(", ")
                .append(group.replace("yanzhen-", "")).append(" ← ").append(topic.replace("yanzhen.", ""))
                .append(' ').append(lagOrUnknown(group, topic))));
        return line.toString();
    }

    private String lagOrUnknown(String group, String topic) {
        try {
            return Long.toString(lag(group, topic));
        } catch (Exception e) {
            return "?";
        }
    }

    private long lag(String group, String topic) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get(5, TimeUnit.SECONDS);
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        admin.describeTopics(List.of(topic)).allTopicNames().get(5, TimeUnit.SECONDS).get(topic).partitions()
                .forEach(partition -> latest.put(new TopicPartition(topic, partition.partition()), OffsetSpec.latest()));
        return admin.listOffsets(latest).all().get(5, TimeUnit.SECONDS).entrySet().stream()
                .mapToLong(end -> {
                    OffsetAndMetadata at = committed.get(end.getKey());
                    return end.getValue().offset() - (at == null ? 0 : at.offset());
                })
                .sum();
    }

    private static Map<String, List<String>> stages() {
        Map<String, List<String>> stages = new LinkedHashMap<>();
        stages.put("yanzhen-matching", List.of("yanzhen.signings"));
        stages.put("yanzhen-capacity", List.of("yanzhen.matches"));
        stages.put("yanzhen-tracking", List.of("yanzhen.signings", "yanzhen.matches"));
        return stages;
    }

    @Override
    public void close() {
        admin.close();
    }
}
