package cn.yanzhen.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The loader does what kustomize does with the fields it knows, and refuses the rest. */
class KustomizeTest {

    private static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
              labels: {tier: front}
            spec:
              template:
                spec:
                  containers:
                    - name: service
                      image: web:1
                      env: [{name: A, value: "1"}]
                    - name: sidecar
                      image: proxy:1
            ---
            apiVersion: keda.sh/v1alpha1
            kind: ScaledObject
            metadata: {name: web}
            spec:
              triggers: [{type: kafka, metadata: {topic: a}}, {type: kafka, metadata: {topic: b}}]
            """;

    @TempDir
    Path directory;

    private List<ObjectNode> render(String kustomization, String... patches) throws IOException {
        Files.writeString(directory.resolve("resources.yaml"), DEPLOYMENT);
        Files.writeString(directory.resolve("kustomization.yaml"), kustomization);
        for (int i = 0; i < patches.length; i++) {
            Files.writeString(directory.resolve("patch" + i + ".yaml"), patches[i]);
        }
        return Kustomize.render(directory);
    }

    @Test
    void aBuiltInKindsListsMergeByTheirKeysThePatchsItemsFirst() throws IOException {
        List<ObjectNode> rendered = render("""
                resources: [resources.yaml]
                patches:
                  - path: patch0.yaml
                    target: {kind: Deployment, labelSelector: tier=front}
                """, """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: anything}
                spec:
                  template:
                    spec:
                      containers:
                        - name: service
                          env: [{name: B, value: "2"}, {name: A, value: "3"}]
                """);
        ObjectNode deployment = rendered.get(0);
        assertThat(deployment.at("/spec/template/spec/containers").findValuesAsText("name")).contains("service", "sidecar");
        assertThat(deployment.at("/spec/template/spec/containers/0/image").asText()).isEqualTo("web:1");
        assertThat(deployment.at("/spec/template/spec/containers/0/env").toString())
                .isEqualTo("[{\"name\":\"B\",\"value\":\"2\"},{\"name\":\"A\",\"value\":\"3\"}]");
        assertThat(deployment.at("/metadata/name").asText()).isEqualTo("web");
    }

    @Test
    void aCustomResourcesListIsReplacedAndTheNamespaceSetEverywhere() throws IOException {
        List<ObjectNode> rendered = render("""
                namespace: here
                resources: [resources.yaml]
                patches: [{path: patch0.yaml}]
                """, """
                apiVersion: keda.sh/v1alpha1
                kind: ScaledObject
                metadata: {name: web}
                spec:
                  triggers: [{type: kafka, metadata: {topic: c}}]
                """);
        assertThat(rendered.get(1).at("/spec/triggers").findValuesAsText("topic")).containsExactly("c");
        assertThat(rendered).allSatisfy(resource -> assertThat(resource.at("/metadata/namespace").asText()).isEqualTo("here"));
    }

    @Test
    void refusesAFieldItDoesNotKnow() {
        assertThatThrownBy(() -> render("resources: [resources.yaml]\nimages: [{name: web, newTag: '2'}]\n"))
                .hasMessageContaining("does not know 'images'");
    }

    @Test
    void refusesAPatchThatMatchesNothing() {
        assertThatThrownBy(() -> render("resources: [resources.yaml]\npatches: [{path: patch0.yaml, target: {kind: Service}}]\n",
                "apiVersion: v1\nkind: Service\nmetadata: {name: x}\nspec: {type: ClusterIP}\n"))
                .hasMessageContaining("matches no resource");
    }

    @Test
    void refusesToMergeAListWhoseKeyItDoesNotKnow() {
        assertThatThrownBy(() -> render("resources: [resources.yaml]\npatches: [{path: patch0.yaml}]\n", """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: web}
                spec: {template: {spec: {containers: [{name: service, ports: [{containerPort: 80}]}]}}}
                """)).hasMessageContaining("'ports'");
    }
}
