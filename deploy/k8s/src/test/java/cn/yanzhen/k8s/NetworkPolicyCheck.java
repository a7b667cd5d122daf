package cn.yanzhen.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.kafka.listener.GenericKafkaListener;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * No pod is reachable and no pod reaches out unless a NetworkPolicy says so (a default deny of both
 * directions), and each service's pods have exactly the flows of docs/contract.md §7.9: in, to their API port
 * from anywhere and to their management port from Prometheus only; out, to the database, Keycloak and the cluster's
 * DNS, to the brokers' listener for the services on the broker (all but the workbench), for the notifier to mail
 * servers and webhooks (§4.8), and for the workbench to the services' API ports (§7.12). The other ends admit them: the database's pods take the
 * services on 5432, the Kafka listener's own policy (Strimzi's networkPolicyPeers) takes the services.
 */
final class NetworkPolicyCheck implements ManifestCheck {

    static final String SERVICES = "pods{app.kubernetes.io/part-of=yanzhen}";
    static final String PROMETHEUS = "namespaces{kubernetes.io/metadata.name=monitoring} pods{app.kubernetes.io/name=prometheus}";
    private static final String KEYCLOAK = "pods{app=keycloak,app.kubernetes.io/instance=yanzhen-keycloak}";
    private static final String DNS = "namespaces{kubernetes.io/metadata.name=kube-system} pods{k8s-app=kube-dns}";
    private static final List<String> OUTSIDE_PORTS = List.of("25/TCP", "465/TCP", "587/TCP", "443/TCP");

    @Override
    public List<String> problems(Manifests manifests) {
        List<String> problems = new ArrayList<>();
        List<ObjectNode> policies = manifests.ofKind("NetworkPolicy").toList();
        if (policies.stream().noneMatch(NetworkPolicyCheck::deniesEverything)) {
            problems.add("no NetworkPolicy denies all ingress and egress by default (podSelector {}, both policyTypes, no rules)");
        }
        ObjectNode kafkaDocument = manifests.ofKind("Kafka").findFirst().orElse(null);
        ObjectNode cluster = manifests.ofKind("Cluster").findFirst().orElse(null);
        if (kafkaDocument == null || cluster == null) {
            return List.of("the manifests need a Kafka and a Cluster");
        }
        Kafka kafka = Models.read(kafkaDocument, Kafka.class);
        GenericKafkaListener listener = kafka.getSpec().getKafka().getListeners().get(0);
        String brokers = "pods{strimzi.io/cluster=" + kafka.getMetadata().getName() + ",strimzi.io/kind=Kafka}";
        String database = "pods{cnpg.io/cluster=" + Manifests.nameOf(cluster) + "}";
        for (DeploymentContainer each : DeploymentContainer.all(manifests)) {
            Map<String, String> labels = each.deployment().getSpec().getTemplate().getMetadata().getLabels();
            Set<String> expectedIn = Set.of("from anywhere to " + apiPort(each.container()),
                    "from " + PROMETHEUS + " to " + ManagementPortCheck.port(each.container(), ManagementPortCheck.NAME)
                            .map(port -> port + "/TCP").orElse("no management port"));
            Set<String> expectedOut = new TreeSet<>(List.of("to " + database + " port 5432/TCP", "to " + KEYCLOAK + " port 8080/TCP",
                    "to " + DNS + " port 53/UDP", "to " + DNS + " port 53/TCP"));
            String service = labels.get(EnvironmentCheck.SERVICE_LABEL);
            if (ServiceConfiguration.exists(service) && ServiceConfiguration.of(service).broker()) {
                expectedOut.add("to " + brokers + " port " + listener.getPort() + "/TCP");
            }
            if ("notifier".equals(service)) {
                OUTSIDE_PORTS.forEach(port -> expectedOut.add("to cidr 0.0.0.0/0 port " + port));
            }
            if ("workbench".equals(service)) {
                expectedOut.add("to " + SERVICES + " port http/TCP");
            }
            compare(each.where(), "in", flows(policies, labels, "Ingress", each.container()), expectedIn, problems);
            // a named port out is the other pod's (the workbench to the services' "http"), not this container's
            compare(each.where(), "out", flows(policies, labels, "Egress", null), expectedOut, problems);
        }
        Map<String, String> databaseLabels = Map.of("cnpg.io/cluster", Manifests.nameOf(cluster));
        if (!flows(policies, databaseLabels, "Ingress", null).contains("from " + SERVICES + " to 5432/TCP")) {
            problems.add("Cluster " + Manifests.nameOf(cluster) + ": no NetworkPolicy lets the services' pods reach its pods on 5432");
        }
        boolean listenerAdmitsServices = listener.getNetworkPolicyPeers() != null && listener.getNetworkPolicyPeers().stream()
                .anyMatch(peer -> peer.getPodSelector() != null && peer.getNamespaceSelector() == null
                        && Map.of("app.kubernetes.io/part-of", "yanzhen", "yanzhen.cn/broker", "client")
                                .equals(peer.getPodSelector().getMatchLabels()));
        if (!listenerAdmitsServices) {
            problems.add("Kafka " + kafka.getMetadata().getName() + ": listener " + listener.getName()
                    + " must name the services' pods among its networkPolicyPeers");
        }
        return problems;
    }

    private static boolean deniesEverything(ObjectNode policy) {
        JsonNode spec = policy.path("spec");
        return spec.path("podSelector").isEmpty() && spec.path("policyTypes").toString().contains("Ingress")
                && spec.path("policyTypes").toString().contains("Egress")
                && spec.path("ingress").isEmpty() && spec.path("egress").isEmpty();
    }

    private static void compare(String where, String direction, Set<String> allowed, Set<String> expected, List<String> problems) {
        expected.stream().filter(flow -> !allowed.contains(flow))
                .forEach(flow -> problems.add(where + ": no NetworkPolicy allows " + direction + " " + flow));
        allowed.stream().filter(flow -> !expected.contains(flow))
                .forEach(flow -> problems.add(where + ": a NetworkPolicy allows " + direction + " " + flow + ", not a flow of docs/contract.md §7.9"));
    }

    /** Every flow of one direction the policies selecting these pods allow, as "from|to <peer> [port] <port>". */
    static Set<String> flows(List<ObjectNode> policies, Map<String, String> labels, String type, Container container) {
        Set<String> flows = new TreeSet<>();
        String rules = type.equals("Ingress") ? "ingress" : "egress";
        String peers = type.equals("Ingress") ? "from" : "to";
        for (ObjectNode policy : policies) {
            JsonNode spec = policy.path("spec");
            if (!spec.path("policyTypes").toString().contains(type) || !selects(spec.path("podSelector"), labels)) {
                continue;
            }
            for (JsonNode rule : spec.path(rules)) {
                List<String> ends = new ArrayList<>();
                rule.path(peers).forEach(peer -> ends.add(describePeer(peer)));
                if (ends.isEmpty()) {
                    ends.add("anywhere");
                }
                List<String> ports = new ArrayList<>();
                rule.path("ports").forEach(port -> ports.add(describePort(port, container)));
                if (ports.isEmpty()) {
                    ports.add("any port");
                }
                for (String end : ends) {
                    for (String port : ports) {
                        flows.add(type.equals("Ingress") ? "from " + end + " to " + port : "to " + end + " port " + port);
                    }
                }
            }
        }
        return flows;
    }

    private static boolean selects(JsonNode podSelector, Map<String, String> labels) {
        if (podSelector.has("matchExpressions")) {
            return true;
        }
        for (Iterator<Map.Entry<String, JsonNode>> wanted = podSelector.path("matchLabels").fields(); wanted.hasNext(); ) {
            Map.Entry<String, JsonNode> label = wanted.next();
            if (!label.getValue().asText().equals(labels.get(label.getKey()))) {
                return false;
            }
        }
        return true;
    }

    private static String describePeer(JsonNode peer) {
        List<String> parts = new ArrayList<>();
        if (peer.has("ipBlock")) {
            parts.add("cidr " + peer.at("/ipBlock/cidr").asText() + (peer.at("/ipBlock/except").isMissingNode() ? "" : " except " + peer.at("/ipBlock/except")));
        }
        if (peer.has("namespaceSelector")) {
            parts.add("namespaces" + labels(peer.path("namespaceSelector")));
        }
        if (peer.has("podSelector")) {
            parts.add("pods" + labels(peer.path("podSelector")));
        }
        return String.join(" ", parts);
    }

    private static String labels(JsonNode selector) {
        Map<String, String> sorted = new TreeMap<>();
        selector.path("matchLabels").fields().forEachRemaining(label -> sorted.put(label.getKey(), label.getValue().asText()));
        StringBuilder text = new StringBuilder("{");
        sorted.forEach((key, value) -> text.append(text.length() > 1 ? "," : "").append(key).append('=').append(value));
        return text + (selector.has("matchExpressions") ? " " + selector.get("matchExpressions") : "") + "}";
    }

    /** A named port as the container's number, so that "http" and 8081 are the same flow. */
    private static String describePort(JsonNode port, Container container) {
        String named = port.path("port").asText("any");
        String number = container == null ? named : container.getPorts().stream().filter(declared -> named.equals(declared.getName()))
                .map(declared -> String.valueOf(declared.getContainerPort())).findFirst().orElse(named);
        return number + "/" + port.path("protocol").asText("TCP");
    }

    private static String apiPort(Container container) {
        return container.getPorts().stream().filter(port -> "http".equals(port.getName()))
                .map(ContainerPort::getContainerPort).findFirst().map(port -> port + "/TCP").orElse("no http port");
    }
}
