package cn.yanzhen.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Health, metrics and OpenAPI are served on each service's management interface, a port of its own (its API
 * port + 1000, docs/contract.md §2), which its container declares as "management"; no Service exposes it, so
 * the ingress reaches the API port only (§7.9).
 */
final class ManagementPortCheck implements ManifestCheck {

    static final String NAME = "management";
    static final int OFFSET = 1000;

    @Override
    public List<String> problems(Manifests manifests) {
        List<String> problems = new ArrayList<>();
        for (DeploymentContainer each : DeploymentContainer.all(manifests)) {
            Optional<Integer> api = port(each.container(), "http");
            Optional<Integer> management = port(each.container(), NAME);
            if (management.isEmpty()) {
                problems.add(each.where() + ": declares no port '" + NAME + "' (health, metrics, OpenAPI)");
            } else if (api.isPresent() && management.get() != api.get() + OFFSET) {
                problems.add(each.where() + ": its management port is " + management.get() + ", not its API port + "
                        + OFFSET + " (" + (api.get() + OFFSET) + ")");
            }
            String service = Manifests.nameOf(each.document());
            manifests.find("Service", service).ifPresent(exposed -> {
                for (JsonNode port : exposed.at("/spec/ports")) {
                    String target = port.path("targetPort").asText();
                    if (NAME.equals(target) || management.map(String::valueOf).filter(target::equals).isPresent()) {
                        problems.add(Manifests.describe(exposed) + ": exposes the management port; only the API port may be");
                    }
                }
            });
        }
        return problems;
    }

    static Optional<Integer> port(Container container, String name) {
        return container.getPorts().stream().filter(port -> name.equals(port.getName()))
                .map(ContainerPort::getContainerPort).findFirst();
    }
}
