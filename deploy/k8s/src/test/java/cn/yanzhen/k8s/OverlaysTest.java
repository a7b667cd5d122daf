package cn.yanzhen.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.api.Test;

class OverlaysTest {

    static final List<String> OVERLAYS = Manifests.OVERLAYS;

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyCheckPasses(String overlay) {
        Manifests manifests = Manifests.overlay(overlay);
        for (ManifestCheck check : ManifestCheck.all()) {
            assertThat(check.problems(manifests)).as("%s in %s", check.getClass().getSimpleName(), overlay).isEmpty();
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyServiceHasItsDeploymentServiceDisruptionBudgetAndPodMonitor(String overlay) {
        Manifests manifests = Manifests.overlay(overlay);
        for (String service : Manifests.SERVICES) {
            assertThat(ServiceConfiguration.exists(service)).isTrue();
            for (String kind : List.of("Deployment", "Service", "PodDisruptionBudget", "PodMonitor")) {
                assertThat(manifests.find(kind, service)).as("%s %s", kind, service).isPresent();
            }
        }
        for (String consumer : List.of("capacity", "matching", "tracking")) {
            assertThat(manifests.find("ScaledObject", consumer)).as("ScaledObject %s", consumer).isPresent();
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void strimziResourcesUseTheApiVersionThatStrimziKeeps(String overlay) {
        Manifests.overlay(overlay).documents().stream()
                .filter(document -> document.path("apiVersion").asText().startsWith("kafka.strimzi.io/"))
                .forEach(document -> assertThat(document.path("apiVersion").asText()).isEqualTo("kafka.strimzi.io/v1"));
    }

    @Test
    void devIsOneOfEverything() {
        Manifests dev = Manifests.overlay("dev");
        assertThat(TopicCheck.brokers(dev)).isEqualTo(1);
        assertThat(dev.get("Cluster", "yanzhen-db").at("/spec/instances").asInt()).isEqualTo(1);
        dev.ofKind("ScaledObject").forEach(scaled -> assertThat(scaled.at("/spec/maxReplicaCount").asInt()).isEqualTo(1));
        for (String service : List.of("intake", "dashboard")) {
            assertThat(dev.get("Deployment", service).at("/spec/replicas").asInt()).isEqualTo(1);
        }
        assertThat(namespaces(dev)).containsOnly("yanzhen-dev");
    }

    @Test
    void prodHasThreeBrokersThreeDatabaseInstancesAndTwoOfEveryService() {
        Manifests prod = Manifests.overlay("prod");
        assertThat(TopicCheck.brokers(prod)).isEqualTo(3);
        ObjectNode database = prod.get("Cluster", "yanzhen-db");
        assertThat(database.at("/spec/instances").asInt()).isEqualTo(3);
        assertThat(database.at("/spec/postgresql/synchronous/number").asInt()).isEqualTo(1);
        prod.ofKind("KafkaTopic").forEach(topic -> {
            assertThat(topic.at("/spec/replicas").asInt()).isEqualTo(3);
            assertThat(topic.at("/spec/config/min.insync.replicas").asInt()).isEqualTo(2);
        });
        prod.ofKind("ScaledObject").forEach(scaled -> {
            assertThat(scaled.at("/spec/minReplicaCount").asInt()).isEqualTo(2);
            assertThat(scaled.at("/spec/maxReplicaCount").asInt()).isEqualTo(6);
        });
        for (String service : List.of("intake", "dashboard")) {
            assertThat(prod.get("Deployment", service).at("/spec/replicas").asInt()).isEqualTo(2);
        }
        assertThat(namespaces(prod)).containsOnly("yanzhen");
    }

    private static List<String> namespaces(Manifests manifests) {
        return manifests.documents().stream().map(document -> document.at("/metadata/namespace").asText()).distinct().toList();
    }
}
