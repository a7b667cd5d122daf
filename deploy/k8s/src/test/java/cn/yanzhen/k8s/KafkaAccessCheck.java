package cn.yanzhen.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.kafka.listener.GenericKafkaListener;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The broker trusts no one by default (docs/contract.md §7.9): every listener is TLS and authenticates its
 * clients (SCRAM-SHA-512 or mutual TLS), the cluster authorizes with ACLs, and each service is a KafkaUser
 * of its own whose ACLs are exactly those derived from the contract's services table (§2) — no more, no
 * fewer. Each service's container logs in as that user with the password Strimzi keeps in the user's secret,
 * and KEDA reads lag with the same credentials over TLS.
 */
final class KafkaAccessCheck implements ManifestCheck {

    static final String KAFKA_USER = "YANZHEN_KAFKA_USER";
    static final String KAFKA_PASSWORD = "YANZHEN_KAFKA_PASSWORD";

    @Override
    public List<String> problems(Manifests manifests) {
        List<String> problems = new ArrayList<>();
        ObjectNode kafkaDocument = manifests.ofKind("Kafka").findFirst().orElse(null);
        if (kafkaDocument == null) {
            return List.of("the manifests need a Kafka");
        }
        checkBroker(Models.read(kafkaDocument, Kafka.class), problems);
        ContractServices contract = ContractServices.read();
        for (String service : Manifests.SERVICES.stream().filter(KafkaAccessCheck::onTheBroker).toList()) {
            ContractServices.Row row = contract.rows().get(service);
            if (row == null) {
                problems.add("docs/contract.md §2 has no row for " + service);
                continue;
            }
            ServiceConfiguration configuration = ServiceConfiguration.of(service);
            checkContractMatchesCode(row, configuration, problems);
            String user = userOf(service);
            manifests.find("KafkaUser", user).ifPresentOrElse(
                    document -> checkAcls(document, expectedAcls(row, configuration), problems),
                    () -> problems.add("KafkaUser " + user + ": missing, so " + service + " cannot log in to the broker"));
        }
        for (DeploymentContainer each : DeploymentContainer.all(manifests)) {
            String service = Manifests.nameOf(each.document());
            Set<String> variables = EnvironmentCheck.variables(each.container(), manifests, each.where(), new ArrayList<>());
            if (!onTheBroker(service)) {
                if (variables.stream().anyMatch(name -> name.startsWith("YANZHEN_KAFKA_"))) {
                    problems.add(each.where() + ": " + service + " is not on the broker, yet is given its settings");
                }
                continue;
            }
            if (!variables.contains("YANZHEN_KAFKA_BOOTSTRAP")) {
                problems.add(each.where() + ": gets no YANZHEN_KAFKA_BOOTSTRAP (ConfigMap " + WiringCheck.KAFKA_CONFIG
                        + ", which broker-pod.yaml gives the Deployments labelled yanzhen.cn/broker: client)");
            }
            String user = userOf(service);
            if (!ContainerEnvironment.value(each.container(), KAFKA_USER).filter(user::equals).isPresent()) {
                problems.add(each.where() + ": " + KAFKA_USER + " must be " + user);
            }
            ContainerEnvironment.requireSecret(each.container(), each.where(), KAFKA_PASSWORD, user, "password", problems);
        }
        manifests.find("ConfigMap", WiringCheck.KAFKA_CONFIG).ifPresent(config -> {
            expect(config, "YANZHEN_KAFKA_SECURITY_PROTOCOL", "SASL_SSL", problems);
            expect(config, "YANZHEN_KAFKA_SASL_MECHANISM", "SCRAM-SHA-512", problems);
        });
        manifests.ofKind("ScaledObject").forEach(scaled -> checkTriggers(scaled, problems));
        return problems;
    }

    /** A service with the platform's messaging module: every one but the workbench. */
    private static boolean onTheBroker(String service) {
        return ServiceConfiguration.exists(service) && ServiceConfiguration.of(service).broker();
    }

    static String userOf(String service) {
        return "yanzhen-" + service;
    }

    /**
     * What §7.9 lets a service do: write what it publishes, and yanzhen.alerts when it publishes anything (its
     * outbox announces an event it parked, §7.7); read what it listens to, in its own group (a prefix where
     * every replica has a group of its own, the dashboard); write and read the dead-letter topics of what it
     * reads, when it dead-letters.
     */
    static Set<String> expectedAcls(ContractServices.Row row, ServiceConfiguration configuration) {
        Set<String> acls = new TreeSet<>();
        List<String> writes = new ArrayList<>(row.publishes());
        if (!writes.isEmpty() && !writes.contains("yanzhen.alerts")) {
            writes.add("yanzhen.alerts");
        }
        writes.forEach(topic -> acls.addAll(List.of(acl("topic", topic, "literal", "Write"), acl("topic", topic, "literal", "Describe"))));
        for (String topic : row.listensTo()) {
            acls.addAll(List.of(acl("topic", topic, "literal", "Read"), acl("topic", topic, "literal", "Describe")));
            if (configuration.deadLetters()) {
                for (String operation : List.of("Write", "Read", "Describe")) {
                    acls.add(acl("topic", topic + ".dlq", "literal", operation));
                }
            }
        }
        if (!row.listensTo().isEmpty()) {
            Set<String> groups = new TreeSet<>(configuration.groupOfTopic().values());
            if (groups.isEmpty()) {
                acls.add(acl("group", userOf(row.service()), "prefix", "Read"));
            }
            groups.forEach(group -> acls.add(acl("group", group, "literal", "Read")));
        }
        return acls;
    }

    private static String acl(String type, String name, String patternType, String operation) {
        return operation + " " + type + " " + name + (patternType.equals("literal") ? "" : " (" + patternType + ")");
    }

    private static void checkBroker(Kafka kafka, List<String> problems) {
        String where = "Kafka " + kafka.getMetadata().getName();
        for (GenericKafkaListener listener : kafka.getSpec().getKafka().getListeners()) {
            if (!listener.isTls()) {
                problems.add(where + ": listener " + listener.getName() + " is not TLS");
            }
            String authentication = listener.getAuth() == null ? "none" : listener.getAuth().getType();
            if (!Set.of("scram-sha-512", "tls").contains(authentication)) {
                problems.add(where + ": listener " + listener.getName() + " authenticates with " + authentication
                        + ", not scram-sha-512 or tls");
            }
        }
        String authorization = kafka.getSpec().getKafka().getAuthorization() == null ? "none"
                : kafka.getSpec().getKafka().getAuthorization().getType();
        if (!"simple".equals(authorization)) {
            problems.add(where + ": authorization is " + authorization + ", not simple (ACLs)");
        }
        if (kafka.getSpec().getEntityOperator() == null || kafka.getSpec().getEntityOperator().getUserOperator() == null) {
            problems.add(where + ": no user operator, so no KafkaUser gets its password and ACLs");
        }
    }

    /** The contract's table says what the code does: the topics a service listens to are its channels' topics. */
    private static void checkContractMatchesCode(ContractServices.Row row, ServiceConfiguration configuration, List<String> problems) {
        Set<String> code = new TreeSet<>(configuration.topicOfChannel().values());
        if (!code.equals(new TreeSet<>(row.listensTo()))) {
            problems.add("docs/contract.md §2: " + row.service() + " listens to " + new TreeSet<>(row.listensTo())
                    + ", its channels read " + code);
        }
    }

    private static void checkAcls(ObjectNode user, Set<String> expected, List<String> problems) {
        String where = Manifests.describe(user);
        if (!"scram-sha-512".equals(user.at("/spec/authentication/type").asText())) {
            problems.add(where + ": authentication must be scram-sha-512, as the listener's");
        }
        Set<String> declared = new TreeSet<>();
        for (JsonNode rule : user.at("/spec/authorization/acls")) {
            JsonNode resource = rule.path("resource");
            if (!"allow".equals(rule.path("type").asText("allow"))) {
                problems.add(where + ": only allow rules are expected");
            }
            for (JsonNode operation : rule.path("operations")) {
                declared.add(acl(resource.path("type").asText(), resource.path("name").asText(),
                        resource.path("patternType").asText("literal"), operation.asText()));
            }
        }
        expected.stream().filter(acl -> !declared.contains(acl))
                .forEach(acl -> problems.add(where + ": lacks " + acl + ", which docs/contract.md §7.9 allows"));
        declared.stream().filter(acl -> !expected.contains(acl))
                .forEach(acl -> problems.add(where + ": allows " + acl + ", which docs/contract.md §7.9 does not"));
    }

    private static void checkTriggers(ObjectNode scaled, List<String> problems) {
        for (JsonNode trigger : scaled.at("/spec/triggers")) {
            JsonNode metadata = trigger.path("metadata");
            if (trigger.at("/authenticationRef/name").asText().isEmpty()
                    || !"scram_sha512".equals(metadata.path("sasl").asText()) || !"enable".equals(metadata.path("tls").asText())) {
                problems.add(Manifests.describe(scaled) + ": its trigger on " + metadata.path("topic").asText()
                        + " must log in over TLS with SCRAM-SHA-512 (sasl, tls, authenticationRef)");
            }
        }
    }

    private static void expect(ObjectNode config, String key, String value, List<String> problems) {
        if (!value.equals(config.at("/data/" + key).asText())) {
            problems.add("ConfigMap " + WiringCheck.KAFKA_CONFIG + ": " + key + " must be " + value);
        }
    }
}
