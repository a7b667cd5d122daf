package cn.yanzhen.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.ContainerPort;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Every service's pods are scraped: its PodMonitor selects the pods of its Deployment and scrapes
 * /q/metrics on their management port (the API port does not serve it), labelling each series with the service the rules group by.
 */
final class ScrapeCheck implements ManifestCheck {

    static final String METRICS = "/q/metrics";

    @Override
    public List<String> problems(Manifests manifests) {
        List<String> problems = new ArrayList<>();
        for (DeploymentContainer each : DeploymentContainer.all(manifests)) {
            String service = Manifests.nameOf(each.document());
            manifests.find("PodMonitor", service).ifPresentOrElse(
                    monitor -> check(monitor, each, problems),
                    () -> problems.add(each.where() + ": no PodMonitor " + service + " scrapes it"));
        }
        return problems;
    }

    private static void check(ObjectNode monitor, DeploymentContainer each, List<String> problems) {
        String where = Manifests.describe(monitor);
        if (!selects(monitor.at("/spec/selector/matchLabels"), each.deployment().getSpec().getTemplate().getMetadata().getLabels())) {
            problems.add(where + ": its selector does not select the pods of " + Manifests.describe(each.document()));
        }
        for (JsonNode endpoint : monitor.at("/spec/podMetricsEndpoints")) {
            String port = endpoint.path("port").asText();
            if (each.container().getPorts().stream().map(ContainerPort::getName).noneMatch(port::equals)) {
                problems.add(where + ": scrapes port '" + port + "', which " + each.where() + " does not declare");
            } else if (!ManagementPortCheck.NAME.equals(port)) {
                problems.add(where + ": scrapes port '" + port + "', not '" + ManagementPortCheck.NAME + "', where metrics are served");
            }
            if (!METRICS.equals(endpoint.path("path").asText())) {
                problems.add(where + ": must scrape " + METRICS);
            }
            if (!endpoint.path("relabelings").toString().contains("\"targetLabel\":\"service\"")) {
                problems.add(where + ": sets no label 'service', which every rule groups by");
            }
        }
    }

    private static boolean selects(JsonNode matchLabels, Map<String, String> podLabels) {
        if (matchLabels.isEmpty()) {
            return false;
        }
        for (Iterator<Map.Entry<String, JsonNode>> labels = matchLabels.fields(); labels.hasNext(); ) {
            Map.Entry<String, JsonNode> label = labels.next();
            if (!label.getValue().asText().equals(podLabels.get(label.getKey()))) {
                return false;
            }
        }
        return true;
    }
}
