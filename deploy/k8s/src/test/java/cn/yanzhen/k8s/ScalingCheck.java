package cn.yanzhen.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Each ScaledObject scales a service's Deployment on the lag of the consumer group and topics the service
 * really reads (its application.properties), one kafka trigger per topic; no further than the partitions
 * of any of those topics, since a partition goes to one consumer of a group and further replicas sit
 * idle; and the Deployment leaves its replica count to KEDA.
 */
final class ScalingCheck implements ManifestCheck {

    @Override
    public List<String> problems(Manifests manifests) {
        List<String> problems = new ArrayList<>();
        manifests.ofKind("ScaledObject").forEach(scaled -> check(scaled, manifests, problems));
        return problems;
    }

    private static void check(ObjectNode scaled, Manifests manifests, List<String> problems) {
        String where = Manifests.describe(scaled);
        JsonNode spec = scaled.path("spec");
        String target = spec.at("/scaleTargetRef/name").asText();
        Deployment deployment = manifests.find("Deployment", target).map(d -> Models.read(d, Deployment.class)).orElse(null);
        if (deployment == null) {
            problems.add(where + ": scales Deployment " + target + ", which is not among the manifests");
            return;
        }
        if (deployment.getSpec().getReplicas() != null) {
            problems.add(where + ": Deployment " + target + " sets replicas, which KEDA owns");
        }
        int min = spec.path("minReplicaCount").asInt(0);
        int max = spec.path("maxReplicaCount").asInt(100);
        if (min > max) {
            problems.add(where + ": minReplicaCount " + min + " above maxReplicaCount " + max);
        }
        String service = deployment.getMetadata().getLabels().get(EnvironmentCheck.SERVICE_LABEL);
        if (service == null || !ServiceConfiguration.exists(service)) {
            problems.add(where + ": Deployment " + target + " names no service under services/");
            return;
        }
        Map<String, String> groupOfTopic = ServiceConfiguration.of(service).groupOfTopic();
        Set<String> triggered = new TreeSet<>();
        for (JsonNode trigger : spec.path("triggers")) {
            JsonNode metadata = trigger.path("metadata");
            String topic = metadata.path("topic").asText();
            triggered.add(topic);
            if (!"kafka".equals(trigger.path("type").asText())) {
                problems.add(where + ": a trigger of type " + trigger.path("type").asText() + ", not kafka");
            } else if (!groupOfTopic.containsKey(topic)) {
                problems.add(where + ": " + service + " consumes no topic " + topic);
            } else if (!groupOfTopic.get(topic).equals(metadata.path("consumerGroup").asText())) {
                problems.add(where + ": " + service + " reads " + topic + " in group " + groupOfTopic.get(topic)
                        + ", not " + metadata.path("consumerGroup").asText());
            }
            checkCeiling(where, topic, max, manifests, problems);
        }
        for (String topic : groupOfTopic.keySet()) {
            if (!triggered.contains(topic)) {
                problems.add(where + ": " + service + " consumes " + topic + " but no trigger watches its lag");
            }
        }
    }

    private static void checkCeiling(String where, String topic, int max, Manifests manifests, List<String> problems) {
        manifests.find("KafkaTopic", topic).map(t -> Models.read(t, KafkaTopic.class)).ifPresentOrElse(kafkaTopic -> {
            Integer partitions = kafkaTopic.getSpec().getPartitions();
            if (partitions == null || max > partitions) {
                problems.add(where + ": maxReplicaCount " + max + " exceeds the " + partitions + " partitions of " + topic);
            }
        }, () -> problems.add(where + ": its trigger's topic " + topic + " is not a KafkaTopic of the manifests"));
    }
}
