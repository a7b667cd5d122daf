package cn.yanzhen.k8s;

import cn.yanzhen.contracts.Topic;
import cn.yanzhen.contracts.Topics;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.nodepool.ProcessRoles;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The KafkaTopics are exactly the contract's topics (contracts' Topics.ALL) and their dead-letter topics,
 * compacted where the contract says; the others keep their records, which the dashboard replays at each
 * start, and so do the dead-letter topics, until their records are replayed. Each is replicated to no more brokers than there are, and with more than one replica a write
 * needs fewer in-sync replicas than exist, so one broker can be lost without refusing writes.
 */
final class TopicCheck implements ManifestCheck {

    @Override
    public List<String> problems(Manifests manifests) {
        List<String> problems = new ArrayList<>();
        Map<String, KafkaTopic> declared = new LinkedHashMap<>();
        manifests.ofKind("KafkaTopic").forEach(document -> declared.put(Manifests.nameOf(document), Models.read(document, KafkaTopic.class)));
        Map<String, Boolean> expected = expectedCompaction();
        expected.keySet().stream().filter(name -> !declared.containsKey(name))
                .forEach(name -> problems.add("KafkaTopic " + name + ": missing (contracts' Topics names it)"));
        int brokers = brokers(manifests);
        declared.forEach((name, topic) -> {
            if (!expected.containsKey(name)) {
                problems.add("KafkaTopic " + name + ": not a topic of contracts' Topics nor its dead-letter topic");
                return;
            }
            check(name, topic, expected.get(name), brokers, problems);
        });
        return problems;
    }

    /** Topic name to whether it is compacted: the contract's topics and, never compacted, their DLQs. */
    static Map<String, Boolean> expectedCompaction() {
        Map<String, Boolean> expected = new LinkedHashMap<>();
        for (Topic topic : Topics.ALL) {
            expected.put(topic.name(), topic.compacted());
            expected.put(topic.deadLetterTopic(), false);
        }
        return expected;
    }

    private static void check(String name, KafkaTopic topic, boolean compacted, int brokers, List<String> problems) {
        String where = "KafkaTopic " + name;
        Map<String, Object> config = topic.getSpec().getConfig() == null ? Map.of() : topic.getSpec().getConfig();
        String policy = compacted ? "compact" : "delete";
        if (!policy.equals(String.valueOf(config.get("cleanup.policy")))) {
            problems.add(where + ": cleanup.policy must be " + policy + ", is " + config.get("cleanup.policy"));
        }
        boolean expires = !"-1".equals(String.valueOf(config.get("retention.ms")));
        if (name.endsWith(Topic.DLQ_SUFFIX) && expires) {
            problems.add(where + ": dead letters are kept until replayed, so retention.ms must be -1");
        } else if (!compacted && expires) {
            problems.add(where + ": the dashboard replays it from the beginning, so retention.ms must be -1");
        }
        Integer partitions = topic.getSpec().getPartitions();
        Integer replicas = topic.getSpec().getReplicas();
        if (partitions == null || replicas == null) {
            problems.add(where + ": partitions and replicas must be set, not left to the broker");
            return;
        }
        if (replicas > brokers) {
            problems.add(where + ": " + replicas + " replicas on " + brokers + " broker(s)");
        }
        int minInSync = Integer.parseInt(String.valueOf(Objects.requireNonNullElse(config.get("min.insync.replicas"), "1")));
        if (replicas > 1 ? minInSync >= replicas || minInSync < 2 : minInSync != 1) {
            problems.add(where + ": min.insync.replicas " + minInSync + " with " + replicas + " replicas");
        }
    }

    static int brokers(Manifests manifests) {
        return manifests.ofKind("KafkaNodePool").map(document -> Models.read(document, KafkaNodePool.class))
                .filter(pool -> pool.getSpec().getRoles().contains(ProcessRoles.BROKER))
                .mapToInt(pool -> pool.getSpec().getReplicas()).sum();
    }
}
