package cn.yanzhen.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.strimzi.api.kafka.model.kafka.Kafka;
import java.util.ArrayList;
import java.util.List;

/**
 * The names the operators give what they create meet the names the services are given: Strimzi's
 * bootstrap Service (<kafka>-kafka-bootstrap, fully qualified because KEDA's operator reads it from its own
 * namespace), CloudNativePG's read-write Service (<cluster>-rw) and database, and the cluster each KafkaTopic,
 * KafkaNodePool and KafkaUser belongs to. (Who logs in with what: KafkaAccessCheck, DatabaseAccessCheck.)
 */
final class WiringCheck implements ManifestCheck {

    static final String CONFIG = "yanzhen-config";
    static final String KAFKA_CONFIG = "yanzhen-kafka-config";
    static final String DB_CONFIG = "yanzhen-db-config";

    @Override
    public List<String> problems(Manifests manifests) {
        List<String> problems = new ArrayList<>();
        ObjectNode kafkaDocument = manifests.ofKind("Kafka").findFirst().orElse(null);
        // the services' database; Keycloak's (yanzhen-keycloak-db) is RealmImportTest's
        ObjectNode cluster = manifests.find("Cluster", "yanzhen-db").orElse(null);
        ObjectNode config = manifests.find("ConfigMap", KAFKA_CONFIG).orElse(null);
        if (kafkaDocument == null || cluster == null || config == null) {
            problems.add("the manifests need a Kafka, the Cluster yanzhen-db and the ConfigMap " + KAFKA_CONFIG);
            return problems;
        }
        Kafka kafka = Models.read(kafkaDocument, Kafka.class);
        String kafkaName = kafka.getMetadata().getName();
        JsonNode data = config.path("data");
        int port = kafka.getSpec().getKafka().getListeners().stream()
                .findFirst().map(listener -> listener.getPort()).orElse(-1);
        String bootstrap = kafkaName + "-kafka-bootstrap." + kafka.getMetadata().getNamespace() + ".svc:" + port;
        expect(data.path("YANZHEN_KAFKA_BOOTSTRAP").asText(), bootstrap, "YANZHEN_KAFKA_BOOTSTRAP", problems);
        String clusterName = Manifests.nameOf(cluster);
        String url = "jdbc:postgresql://" + clusterName + "-rw:5432/" + cluster.at("/spec/bootstrap/initdb/database").asText();
        String actualUrl = manifests.find("ConfigMap", DB_CONFIG).map(db -> db.at("/data/YANZHEN_DB_URL").asText()).orElse("");
        if (!actualUrl.replaceFirst("\\?.*", "").equals(url)) {
            problems.add("ConfigMap " + DB_CONFIG + ": YANZHEN_DB_URL is " + actualUrl + ", the operators make " + url);
        }
        for (String kind : List.of("KafkaTopic", "KafkaNodePool", "KafkaUser")) {
            manifests.ofKind(kind).filter(document -> !kafkaName.equals(document.at("/metadata/labels/strimzi.io~1cluster").asText()))
                    .forEach(document -> problems.add(Manifests.describe(document) + ": its strimzi.io/cluster is not " + kafkaName));
        }
        return problems;
    }

    private static void expect(String actual, String expected, String variable, List<String> problems) {
        if (!expected.equals(actual)) {
            problems.add("ConfigMap " + KAFKA_CONFIG + ": " + variable + " is " + actual + ", the operators make " + expected);
        }
    }
}
