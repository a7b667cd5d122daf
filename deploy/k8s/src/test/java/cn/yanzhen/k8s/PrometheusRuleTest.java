package cn.yanzhen.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** deploy/k8s carries the rules of deploy/observe/rules as a PrometheusRule; the rule files stay the one source. */
class PrometheusRuleTest {

    @Test
    void thePrometheusRuleCarriesExactlyTheGroupsOfTheRuleFiles() {
        JsonNode inBase = Kustomize.readDocuments(Manifests.K8S.resolve("base/prometheus-rule.yaml")).get(0).at("/spec/groups");
        assertThat(inBase)
                .as("deploy/k8s/base/prometheus-rule.yaml differs from deploy/observe/rules; regenerate it with "
                        + "deploy/observe/rules/prometheus-rule > deploy/k8s/base/prometheus-rule.yaml")
                .isEqualTo(RuleFiles.groups());
    }

    @Test
    void everyOverlayDeploysIt() {
        for (String overlay : Manifests.OVERLAYS) {
            assertThat(Manifests.overlay(overlay).get("PrometheusRule", "yanzhen").at("/spec/groups")).isEqualTo(RuleFiles.groups());
        }
    }
}
