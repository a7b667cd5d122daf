package cn.yanzhen.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.strimzi.api.kafka.model.kafka.Kafka;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The names the operators give what they create meet the names the services are given: Strimzi's
 * bootstrap Service (<kafka>-kafka-bootstrap, fully qualified because KEDA's operator reads it from its own
 * namespace), CloudNativePG's read-write Service (<cluster>-rw) and database, its user's secret
 * (<cluster>-app), and the cluster each KafkaTopic and KafkaNodePool belongs to.
 */
final class WiringCheck implements ManifestCheck {

    static final String CONFIG = "yanzhen-config";

    @Override
    public List<String> problems(Manifests manifests) {
        List<String> problems = new ArrayList<>();
        ObjectNode kafkaDocument = manifests.ofKind("Kafka").findFirst().orElse(null);
        // the services' database; Keycloak's (yanzhen-keycloak-db) is RealmImportTest's
        ObjectNode cluster = manifests.find("Cluster", "yanzhen-db").orElse(null);
        ObjectNode config = manifests.find("ConfigMap", CONFIG).orElse(null);
        if (kafkaDocument == null || cluster == null || config == null) {
            problems.add("the manifests need a Kafka, the Cluster yanzhen-db and the ConfigMap " + CONFIG);
            return problems;
        }
        Kafka kafka = Models.read(kafkaDocument, Kafka.class);
        String kafkaName = kafka.getMetadata().getName();
        JsonNode data = config.path("data");
        int port = kafka.getSpec().getKafka().getListeners().stream()
                .filter(listener -> !listener.isTls()).findFirst().map(listener -> listener.getPort()).orElse(-1);
        String bootstrap = kafkaName + "-kafka-bootstrap." + kafka.getMetadata().getNamespace() + ".svc:" + port;
        expect(data.path("YANZHEN_KAFKA_BOOTSTRAP").asText(), bootstrap, "YANZHEN_KAFKA_BOOTSTRAP", problems);
        String clusterName = Manifests.nameOf(cluster);
        String url = "jdbc:postgresql://" + clusterName + "-rw:5432/" + cluster.at("/spec/bootstrap/initdb/database").asText();
        expect(data.path("YANZHEN_DB_URL").asText(), url, "YANZHEN_DB_URL", problems);
        checkCredentials(manifests, clusterName + "-app", problems);
        for (String kind : List.of("KafkaTopic", "KafkaNodePool")) {
            manifests.ofKind(kind).filter(document -> !kafkaName.equals(document.at("/metadata/labels/strimzi.io~1cluster").asText()))
                    .forEach(document -> problems.add(Manifests.describe(document) + ": its strimzi.io/cluster is not " + kafkaName));
        }
        return problems;
    }

    private static void checkCredentials(Manifests manifests, String secret, List<String> problems) {
        Map<String, String> keys = Map.of("YANZHEN_DB_USER", "username", "YANZHEN_DB_PASSWORD", "password");
        for (DeploymentContainer each : DeploymentContainer.all(manifests)) {
            keys.forEach((variable, key) -> {
                EnvVar env = each.container().getEnv().stream().filter(e -> variable.equals(e.getName())).findFirst().orElse(null);
                boolean fromSecret = env != null && env.getValueFrom() != null && env.getValueFrom().getSecretKeyRef() != null
                        && secret.equals(env.getValueFrom().getSecretKeyRef().getName())
                        && key.equals(env.getValueFrom().getSecretKeyRef().getKey());
                if (!fromSecret) {
                    problems.add(each.where() + ": " + variable + " must come from secret " + secret + " key " + key);
                }
            });
        }
    }

    private static void expect(String actual, String expected, String variable, List<String> problems) {
        if (!expected.equals(actual)) {
            problems.add("ConfigMap " + CONFIG + ": " + variable + " is " + actual + ", the operators make " + expected);
        }
    }
}
