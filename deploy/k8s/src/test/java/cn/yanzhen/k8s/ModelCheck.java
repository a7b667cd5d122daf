package cn.yanzhen.k8s;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Kubernetes' own kinds read strictly into fabric8's model (7.5.2, the Quarkus BOM's), Strimzi's into its
 * api classes (0.49.0): an unknown field, a wrong type or an apiVersion the model does not serve fails.
 * The kinds of the other operators are CustomResourceFieldCheck's; any other kind fails here.
 */
final class ModelCheck implements ManifestCheck {

    static final Map<String, Class<? extends HasMetadata>> MODELS = Map.ofEntries(
            Map.entry("Deployment", Deployment.class),
            Map.entry("Service", Service.class),
            Map.entry("PodDisruptionBudget", PodDisruptionBudget.class),
            Map.entry("ConfigMap", ConfigMap.class),
            Map.entry("Secret", Secret.class),
            Map.entry("NetworkPolicy", NetworkPolicy.class),
            Map.entry("Kafka", Kafka.class),
            Map.entry("KafkaNodePool", KafkaNodePool.class),
            Map.entry("KafkaTopic", KafkaTopic.class),
            Map.entry("KafkaUser", KafkaUser.class));

    @Override
    public List<String> problems(Manifests manifests) {
        List<String> problems = new ArrayList<>();
        for (ObjectNode document : manifests.documents()) {
            String kind = document.path("kind").asText();
            Class<? extends HasMetadata> model = MODELS.get(kind);
            if (model == null) {
                if (!CustomResourceFieldCheck.knows(document)) {
                    problems.add(Manifests.describe(document) + ": no model knows the kind " + kind);
                }
                continue;
            }
            String apiVersion = document.path("apiVersion").asText();
            if (!servedApiVersions(model).contains(apiVersion)) {
                problems.add(Manifests.describe(document) + ": apiVersion " + apiVersion + " is not one of "
                        + servedApiVersions(model));
            }
            try {
                Models.STRICT.treeToValue(document, model);
            } catch (JsonProcessingException e) {
                problems.add(Manifests.describe(document) + ": " + e.getOriginalMessage());
            }
        }
        return problems;
    }

    /** fabric8's kinds have one; Strimzi's classes list every version their operator serves. */
    static Set<String> servedApiVersions(Class<? extends HasMetadata> model) {
        try {
            String group = (String) model.getField("RESOURCE_GROUP").get(null);
            @SuppressWarnings("unchecked")
            List<String> versions = (List<String>) model.getField("VERSIONS").get(null);
            return Set.copyOf(versions.stream().map(version -> group + "/" + version).toList());
        } catch (NoSuchFieldException e) {
            return Set.of(HasMetadata.getApiVersion(model));
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
