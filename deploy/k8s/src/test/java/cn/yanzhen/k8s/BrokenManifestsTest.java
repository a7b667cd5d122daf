package cn.yanzhen.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Each check, fed a copy of the prod overlay broken on purpose, names what was broken. */
class BrokenManifestsTest {

    private static final Manifests PROD = Manifests.overlay("prod");

    /** Takes the entry of that name out of a list of named entries (env, volumeMounts), wherever the patches put it. */
    private static void removeNamed(ArrayNode entries, String name) {
        for (int i = entries.size() - 1; i >= 0; i--) {
            if (entries.get(i).path("name").asText().equals(name)) {
                entries.remove(i);
            }
        }
    }

    private static List<String> problems(ManifestCheck check, Consumer<Manifests> breakIt) {
        Manifests broken = PROD.copy();
        breakIt.accept(broken);
        return check.problems(broken);
    }

    private static ObjectNode at(Manifests manifests, String kind, String name, String pointer) {
        return (ObjectNode) manifests.get(kind, name).at(pointer);
    }

    private static ObjectNode container(Manifests manifests, String deployment) {
        return at(manifests, "Deployment", deployment, "/spec/template/spec/containers/0");
    }

    private static ObjectNode env(Manifests manifests, String deployment, String name) {
        for (JsonNode variable : container(manifests, deployment).get("env")) {
            if (name.equals(variable.path("name").asText())) {
                return (ObjectNode) variable;
            }
        }
        throw new AssertionError("Deployment " + deployment + " sets no " + name);
    }

    private static void rename(ObjectNode node, String from, String to) {
        node.set(to, node.remove(from));
    }

    @Nested
    class UnknownFields {

        private final ModelCheck models = new ModelCheck();
        private final CustomResourceFieldCheck crds = new CustomResourceFieldCheck();

        @Test
        void aMisspeltFieldOfADeployment() {
            assertThat(problems(models, m -> rename(container(m, "intake"), "readinessProbe", "readinesProbe")))
                    .singleElement().asString().contains("Deployment intake", "readinesProbe");
        }

        @Test
        void aMisspeltFieldOfAPodDisruptionBudget() {
            assertThat(problems(models, m -> rename(at(m, "PodDisruptionBudget", "matching", "/spec"), "maxUnavailable", "maxUnavailible")))
                    .singleElement().asString().contains("PodDisruptionBudget matching", "maxUnavailible");
        }

        @Test
        void aMisspeltFieldOfKafka() {
            assertThat(problems(models, m -> rename(at(m, "Kafka", "yanzhen", "/spec/kafka"), "listeners", "listners")))
                    .singleElement().asString().contains("Kafka yanzhen", "listners");
        }

        @Test
        void aMisspeltFieldOfAKafkaTopic() {
            assertThat(problems(models, m -> rename(at(m, "KafkaTopic", "yanzhen.stats", "/spec"), "partitions", "partition")))
                    .singleElement().asString().contains("KafkaTopic yanzhen.stats", "partition");
        }

        @Test
        void anApiVersionStrimziDoesNotServe() {
            assertThat(problems(models, m -> m.get("KafkaNodePool", "dual-role").put("apiVersion", "kafka.strimzi.io/v2")))
                    .singleElement().asString().contains("KafkaNodePool dual-role", "kafka.strimzi.io/v2");
        }

        @Test
        void aKindNoModelKnows() {
            assertThat(problems(models, m -> m.get("ConfigMap", "yanzhen-config").put("kind", "ConfigMab")))
                    .singleElement().asString().contains("ConfigMab");
        }

        @Test
        void aMisspeltFieldOfAScaledObject() {
            assertThat(problems(crds, m -> rename(at(m, "ScaledObject", "tracking", "/spec"), "maxReplicaCount", "maxReplicas")))
                    .singleElement().asString().contains("ScaledObject tracking.spec.maxReplicas", "unknown field");
        }

        @Test
        void aMisspeltParameterOfTheKafkaScaler() {
            assertThat(problems(crds, m -> rename(at(m, "ScaledObject", "capacity", "/spec/triggers/1/metadata"), "lagThreshold", "lagTreshold")))
                    .singleElement().asString().contains("triggers[1].metadata.lagTreshold");
        }

        @Test
        void aMisspeltFieldOfTheDatabaseClusterAndTheRequiredFieldItHides() {
            assertThat(problems(crds, m -> rename(at(m, "Cluster", "yanzhen-db", "/spec"), "instances", "instance")))
                    .anySatisfy(problem -> assertThat(problem).contains("Cluster yanzhen-db.spec.instance", "unknown field"))
                    .anySatisfy(problem -> assertThat(problem).contains("required field 'instances'"));
        }

        @Test
        void aMisspeltFieldOfKeycloakAndTheRequiredRealmOfItsImport() {
            assertThat(problems(crds, m -> rename(at(m, "Keycloak", "yanzhen-keycloak", "/spec/db"), "usernameSecret", "userSecret")))
                    .singleElement().asString().contains("Keycloak yanzhen-keycloak.spec.db.userSecret", "unknown field");
            assertThat(problems(crds, m -> at(m, "KeycloakRealmImport", "yanzhen-realm", "/spec").remove("realm")))
                    .singleElement().asString().contains("required field 'realm'");
        }

        @Test
        void anObjectWhereTheCheckedNamesStop() {
            assertThat(problems(crds, m -> at(m, "Cluster", "yanzhen-db", "/spec").putObject("backup").put("retentionPolicy", "30d")))
                    .singleElement().asString().contains("spec.backup", "add them from the CRD");
        }

        @Test
        void aMisspeltFieldOfAPodMonitorsEndpoint() {
            assertThat(problems(crds, m -> rename(at(m, "PodMonitor", "tracking", "/spec/podMetricsEndpoints/0"), "interval", "scrapeInterval")))
                    .singleElement().asString().contains("PodMonitor tracking.spec.podMetricsEndpoints[0].scrapeInterval", "unknown field");
        }

        @Test
        void aMisspeltFieldOfARelabeling() {
            assertThat(problems(crds, m -> rename(at(m, "PodMonitor", "intake", "/spec/podMetricsEndpoints/0/relabelings/0"), "sourceLabels", "source_labels")))
                    .singleElement().asString().contains("relabelings[0].source_labels", "unknown field");
        }

        @Test
        void anAlertWhoseExpressionIsMisnamed() {
            assertThat(problems(crds, m -> rename(at(m, "PrometheusRule", "yanzhen", "/spec/groups/0/rules/2"), "expr", "expression")))
                    .anySatisfy(problem -> assertThat(problem).contains("PrometheusRule yanzhen.spec.groups[0].rules[2].expression", "unknown field"))
                    .anySatisfy(problem -> assertThat(problem).contains("required field 'expr'"));
        }

        @Test
        void aMisspeltFieldInTheMetadataOfACustomResource() {
            assertThat(problems(crds, m -> at(m, "ScaledObject", "matching", "/metadata").put("label", "x")))
                    .singleElement().asString().contains("ScaledObject matching.metadata", "label");
        }
    }

    @Nested
    class Probes {

        private final ProbeCheck check = new ProbeCheck();

        @Test
        void noReadinessProbe() {
            assertThat(problems(check, m -> container(m, "capacity").remove("readinessProbe")))
                    .containsExactly("Deployment capacity container service: has no readinessProbe");
        }

        @Test
        void noLivenessProbe() {
            assertThat(problems(check, m -> container(m, "dashboard").remove("livenessProbe")))
                    .containsExactly("Deployment dashboard container service: has no livenessProbe");
        }

        @Test
        void aLivenessProbeOnTheReadinessEndpoint() {
            assertThat(problems(check, m -> ((ObjectNode) container(m, "tracking").at("/livenessProbe/httpGet")).put("path", ProbeCheck.READY)))
                    .containsExactly("Deployment tracking container service: its livenessProbe must GET /q/health/live");
        }

        @Test
        void aProbeOnAPortTheContainerDoesNotDeclare() {
            assertThat(problems(check, m -> ((ObjectNode) container(m, "intake").at("/readinessProbe/httpGet")).put("port", 9000)))
                    .containsExactly("Deployment intake container service: its readinessProbe asks port 9000, which the container does not declare");
        }

        @Test
        void aProbeOnTheApiPort() {
            assertThat(problems(check, m -> ((ObjectNode) container(m, "intake").at("/readinessProbe/httpGet")).put("port", "http")))
                    .containsExactly("Deployment intake container service: its readinessProbe must ask the management port, where health is served");
        }
    }

    @Nested
    class ManagementPort {

        private final ManagementPortCheck check = new ManagementPortCheck();

        @Test
        void aContainerWithoutAManagementPort() {
            assertThat(problems(check, m -> ((ArrayNode) container(m, "capacity").get("ports")).remove(1)))
                    .containsExactly("Deployment capacity container service: declares no port 'management' (health, metrics, OpenAPI)");
        }

        @Test
        void aManagementPortOutsideTheContractsScheme() {
            assertThat(problems(check, m -> ((ObjectNode) container(m, "matching").at("/ports/1")).put("containerPort", 9000)))
                    .containsExactly("Deployment matching container service: its management port is 9000, not its API port + 1000 (9083)");
        }

        @Test
        void aServiceThatExposesTheManagementPort() {
            assertThat(problems(check, m -> ((ArrayNode) at(m, "Service", "intake", "/spec").get("ports")).addObject()
                    .put("name", "management").put("port", 9081).put("targetPort", "management")))
                    .containsExactly("Service intake: exposes the management port; only the API port may be");
        }
    }

    @Nested
    class Resources {

        private final ResourceCheck check = new ResourceCheck();

        @Test
        void aMemoryRequestBelowTheMeasuredFootprint() {
            assertThat(problems(check, m -> ((ObjectNode) container(m, "matching").at("/resources/requests")).put("memory", "256Mi")))
                    .singleElement().asString().contains("Deployment matching", "256Mi", "303 MB");
        }

        @Test
        void noLimits() {
            assertThat(problems(check, m -> ((ObjectNode) container(m, "intake").at("/resources")).remove("limits")))
                    .singleElement().asString().contains("Deployment intake", "request and a limit of cpu");
        }
    }

    @Nested
    class TopicsOfTheContract {

        private final TopicCheck check = new TopicCheck();

        private static void removeTopic(Manifests manifests, String name) {
            manifests.documents().remove(manifests.get("KafkaTopic", name));
        }

        @Test
        void aMissingDeadLetterTopic() {
            assertThat(problems(check, m -> removeTopic(m, "yanzhen.matches.dlq")))
                    .containsExactly("KafkaTopic yanzhen.matches.dlq: missing (contracts' Topics names it)");
        }

        @Test
        void aMissingTopic() {
            assertThat(problems(check, m -> removeTopic(m, "yanzhen.alerts")))
                    .containsExactly("KafkaTopic yanzhen.alerts: missing (contracts' Topics names it)");
        }

        @Test
        void aTopicTheContractDoesNotName() {
            assertThat(problems(check, m -> {
                ObjectNode extra = m.get("KafkaTopic", "yanzhen.alerts").deepCopy();
                ((ObjectNode) extra.get("metadata")).put("name", "yanzhen.alert");
                m.documents().add(extra);
            })).containsExactly("KafkaTopic yanzhen.alert: not a topic of contracts' Topics nor its dead-letter topic");
        }

        @Test
        void aCompactedTopicThatIsNotCompacted() {
            assertThat(problems(check, m -> at(m, "KafkaTopic", "yanzhen.stats", "/spec/config").put("cleanup.policy", "delete")))
                    .containsExactly("KafkaTopic yanzhen.stats: cleanup.policy must be compact, is delete");
        }

        @Test
        void aCompactedDeadLetterTopic() {
            assertThat(problems(check, m -> at(m, "KafkaTopic", "yanzhen.signings.dlq", "/spec/config").put("cleanup.policy", "compact")))
                    .containsExactly("KafkaTopic yanzhen.signings.dlq: cleanup.policy must be delete, is compact");
        }

        @Test
        void aReplayedTopicThatExpires() {
            assertThat(problems(check, m -> at(m, "KafkaTopic", "yanzhen.signings", "/spec/config").remove("retention.ms")))
                    .singleElement().asString().contains("KafkaTopic yanzhen.signings", "retention.ms must be -1");
        }

        @Test
        void aDeadLetterTopicThatExpires() {
            assertThat(problems(check, m -> at(m, "KafkaTopic", "yanzhen.matches.dlq", "/spec/config").put("retention.ms", "604800000")))
                    .containsExactly("KafkaTopic yanzhen.matches.dlq: dead letters are kept until replayed, so retention.ms must be -1");
        }

        @Test
        void moreReplicasThanBrokers() {
            assertThat(problems(check, m -> at(m, "KafkaTopic", "yanzhen.matches", "/spec").put("replicas", 4)))
                    .contains("KafkaTopic yanzhen.matches: 4 replicas on 3 broker(s)");
        }

        @Test
        void asManyInSyncReplicasRequiredAsThereAre() {
            assertThat(problems(check, m -> at(m, "KafkaTopic", "yanzhen.matches", "/spec/config").put("min.insync.replicas", 3)))
                    .containsExactly("KafkaTopic yanzhen.matches: min.insync.replicas 3 with 3 replicas");
        }
    }

    @Nested
    class EnvironmentVariables {

        private final EnvironmentCheck check = new EnvironmentCheck();

        private static void addVariable(Manifests manifests, String deployment, String name) {
            ((ArrayNode) container(manifests, deployment).get("env")).addObject().put("name", name).put("value", "x");
        }

        @Test
        void aMisspeltVariable() {
            assertThat(problems(check, m -> addVariable(m, "tracking", "YANZHEN_DB_URI")))
                    .containsExactly("Deployment tracking container service: tracking does not read YANZHEN_DB_URI");
        }

        @Test
        void aQuarkusVariableThePropertiesDoNotName() {
            assertThat(problems(check, m -> addVariable(m, "intake", "QUARKUS_DATASOURCE_JDBC_URL")))
                    .containsExactly("Deployment intake container service: intake does not read QUARKUS_DATASOURCE_JDBC_URL");
        }

        @Test
        void aSharedConfigMapKeyOnlyOneServiceReads() {
            List<String> problems = problems(check, m -> at(m, "ConfigMap", WiringCheck.CONFIG, "/data").put("YANZHEN_DASHBOARD_GROUP", "g"));
            assertThat(problems).hasSize(6).allSatisfy(problem -> assertThat(problem).endsWith("does not read YANZHEN_DASHBOARD_GROUP"));
        }

        @Test
        void aHelperVariableNothingRefersTo() {
            assertThat(problems(check, m -> env(m, "dashboard", "YANZHEN_DASHBOARD_GROUP").put("value", "yanzhen-dashboard")))
                    .containsExactly("Deployment dashboard container service: dashboard does not read POD_NAME");
        }
    }

    @Nested
    class Scaling {

        private final ScalingCheck check = new ScalingCheck();

        private static JsonNode trigger(Manifests manifests, String scaled, int index) {
            return manifests.get("ScaledObject", scaled).at("/spec/triggers/" + index);
        }

        @Test
        void moreReplicasThanPartitions() {
            assertThat(problems(check, m -> at(m, "ScaledObject", "tracking", "/spec").put("maxReplicaCount", 12)))
                    .containsExactly("ScaledObject tracking: maxReplicaCount 12 exceeds the 6 partitions of yanzhen.matches",
                            "ScaledObject tracking: maxReplicaCount 12 exceeds the 6 partitions of yanzhen.signings",
                            "ScaledObject tracking: maxReplicaCount 12 exceeds the 6 partitions of yanzhen.region-capacity");
        }

        @Test
        void anotherServicesConsumerGroup() {
            assertThat(problems(check, m -> ((ObjectNode) trigger(m, "matching", 0).get("metadata")).put("consumerGroup", "yanzhen-tracking")))
                    .containsExactly("ScaledObject matching: matching reads yanzhen.signings in group yanzhen-matching, not yanzhen-tracking");
        }

        @Test
        void aConsumedTopicWithoutTrigger() {
            assertThat(problems(check, m -> ((ArrayNode) m.get("ScaledObject", "capacity").at("/spec/triggers")).remove(0)))
                    .containsExactly("ScaledObject capacity: capacity consumes yanzhen.matches but no trigger watches its lag");
        }

        @Test
        void aTopicTheServiceDoesNotConsume() {
            assertThat(problems(check, m -> ((ObjectNode) trigger(m, "capacity", 1).get("metadata")).put("topic", "yanzhen.stats")))
                    .containsExactly("ScaledObject capacity: capacity consumes no topic yanzhen.stats",
                            "ScaledObject capacity: capacity consumes yanzhen.signings but no trigger watches its lag");
        }

        @Test
        void aDeploymentThatSetsReplicasAgainstKeda() {
            assertThat(problems(check, m -> at(m, "Deployment", "tracking", "/spec").put("replicas", 1)))
                    .containsExactly("ScaledObject tracking: Deployment tracking sets replicas, which KEDA owns");
        }
    }

    @Nested
    class Scraping {

        private final ScrapeCheck check = new ScrapeCheck();

        @Test
        void aServiceNoPodMonitorScrapes() {
            assertThat(problems(check, m -> m.documents().remove(m.get("PodMonitor", "matching"))))
                    .containsExactly("Deployment matching container service: no PodMonitor matching scrapes it");
        }

        @Test
        void aPodMonitorThatSelectsAnotherServicesPods() {
            assertThat(problems(check, m -> at(m, "PodMonitor", "capacity", "/spec/selector/matchLabels").put("app.kubernetes.io/name", "intake")))
                    .containsExactly("PodMonitor capacity: its selector does not select the pods of Deployment capacity");
        }

        @Test
        void aPortTheContainerDoesNotDeclare() {
            assertThat(problems(check, m -> at(m, "PodMonitor", "dashboard", "/spec/podMetricsEndpoints/0").put("port", "metrics")))
                    .containsExactly("PodMonitor dashboard: scrapes port 'metrics', which Deployment dashboard container service does not declare");
        }

        @Test
        void noServiceLabel() {
            assertThat(problems(check, m -> at(m, "PodMonitor", "tracking", "/spec/podMetricsEndpoints/0").remove("relabelings")))
                    .containsExactly("PodMonitor tracking: sets no label 'service', which every rule groups by");
        }

        @Test
        void scrapingTheApiPort() {
            assertThat(problems(check, m -> at(m, "PodMonitor", "dashboard", "/spec/podMetricsEndpoints/0").put("port", "http")))
                    .containsExactly("PodMonitor dashboard: scrapes port 'http', not 'management', where metrics are served");
        }
    }

    @Nested
    class Wiring {

        private final WiringCheck check = new WiringCheck();

        @Test
        void aBootstrapAddressKedaCannotResolve() {
            assertThat(problems(check, m -> at(m, "ConfigMap", WiringCheck.KAFKA_CONFIG, "/data").put("YANZHEN_KAFKA_BOOTSTRAP", "yanzhen-kafka-bootstrap:9093")))
                    .containsExactly("ConfigMap yanzhen-kafka-config: YANZHEN_KAFKA_BOOTSTRAP is yanzhen-kafka-bootstrap:9093, "
                            + "the operators make yanzhen-kafka-bootstrap.yanzhen.svc:9093");
        }

        @Test
        void anotherDatabase() {
            assertThat(problems(check, m -> at(m, "Cluster", "yanzhen-db", "/spec/bootstrap/initdb").put("database", "app")))
                    .singleElement().asString().contains("YANZHEN_DB_URL", "jdbc:postgresql://yanzhen-db-rw:5432/app");
        }

        @Test
        void aTopicOfAnotherCluster() {
            assertThat(problems(check, m -> at(m, "KafkaTopic", "yanzhen.stats", "/metadata/labels").put("strimzi.io/cluster", "other")))
                    .containsExactly("KafkaTopic yanzhen.stats: its strimzi.io/cluster is not yanzhen");
        }
    }

    @Nested
    class KafkaAccess {

        private final KafkaAccessCheck check = new KafkaAccessCheck();

        private static ArrayNode acls(Manifests manifests, String user) {
            return (ArrayNode) manifests.get("KafkaUser", user).at("/spec/authorization/acls");
        }

        @Test
        void aMissingAcl() {
            assertThat(problems(check, m -> ((ArrayNode) acls(m, "yanzhen-capacity").get(2).get("operations")).remove(0)))
                    .containsExactly("KafkaUser yanzhen-capacity: lacks Read topic yanzhen.matches, which docs/contract.md §7.9 allows");
        }

        @Test
        void aTopicTheServiceMayNotWrite() {
            assertThat(problems(check, m -> {
                ObjectNode rule = acls(m, "yanzhen-intake").addObject();
                rule.putObject("resource").put("type", "topic").put("name", "yanzhen.matches").put("patternType", "literal");
                rule.putArray("operations").add("Write");
            })).containsExactly("KafkaUser yanzhen-intake: allows Write topic yanzhen.matches, which docs/contract.md §7.9 does not");
        }

        @Test
        void anotherServicesConsumerGroup() {
            assertThat(problems(check, m -> ((ObjectNode) acls(m, "yanzhen-matching").get(acls(m, "yanzhen-matching").size() - 1).get("resource")).put("name", "yanzhen-tracking")))
                    .containsExactlyInAnyOrder("KafkaUser yanzhen-matching: lacks Read group yanzhen-matching, which docs/contract.md §7.9 allows",
                            "KafkaUser yanzhen-matching: allows Read group yanzhen-tracking, which docs/contract.md §7.9 does not");
        }

        @Test
        void aDashboardThatMayWriteItsDeadLetters() {
            assertThat(problems(check, m -> {
                ObjectNode rule = acls(m, "yanzhen-dashboard").addObject();
                rule.putObject("resource").put("type", "topic").put("name", "yanzhen.stats.dlq");
                rule.putArray("operations").add("Write");
            })).containsExactly("KafkaUser yanzhen-dashboard: allows Write topic yanzhen.stats.dlq, which docs/contract.md §7.9 does not");
        }

        @Test
        void brokerSettingsForTheWorkbenchAndNoneForAServiceOnTheBroker() {
            assertThat(problems(check, m -> ((ArrayNode) at(m, "Deployment", "workbench", "/spec/template/spec/containers/0")
                    .withArray("envFrom")).addObject().putObject("configMapRef").put("name", WiringCheck.KAFKA_CONFIG)))
                    .containsExactly("Deployment workbench container service: workbench is not on the broker, yet is given its settings");
            assertThat(problems(check, m -> ((ArrayNode) at(m, "Deployment", "matching", "/spec/template/spec/containers/0")
                    .withArray("envFrom")).remove(1)))
                    .containsExactly("Deployment matching container service: gets no YANZHEN_KAFKA_BOOTSTRAP (ConfigMap yanzhen-kafka-config, "
                            + "which broker-pod.yaml gives the Deployments labelled yanzhen.cn/broker: client)");
        }

        @Test
        void aMissingKafkaUser() {
            assertThat(problems(check, m -> m.documents().remove(m.get("KafkaUser", "yanzhen-notifier"))))
                    .containsExactly("KafkaUser yanzhen-notifier: missing, so notifier cannot log in to the broker");
        }

        @Test
        void aPlainListener() {
            assertThat(problems(check, m -> at(m, "Kafka", "yanzhen", "/spec/kafka/listeners/0").put("tls", false)))
                    .containsExactly("Kafka yanzhen: listener tls is not TLS");
        }

        @Test
        void anAnonymousListener() {
            assertThat(problems(check, m -> at(m, "Kafka", "yanzhen", "/spec/kafka/listeners/0").remove("authentication")))
                    .containsExactly("Kafka yanzhen: listener tls authenticates with none, not scram-sha-512 or tls");
        }

        @Test
        void noAuthorization() {
            assertThat(problems(check, m -> at(m, "Kafka", "yanzhen", "/spec/kafka").remove("authorization")))
                    .containsExactly("Kafka yanzhen: authorization is none, not simple (ACLs)");
        }

        @Test
        void aServiceThatLogsInWithAnothersPassword() {
            assertThat(problems(check, m -> ((ObjectNode) env(m, "matching", KafkaAccessCheck.KAFKA_PASSWORD).at("/valueFrom/secretKeyRef")).put("name", "yanzhen-tracking")))
                    .containsExactly("Deployment matching container service: YANZHEN_KAFKA_PASSWORD must come from secret yanzhen-matching key password");
        }

        @Test
        void aScalerThatDoesNotLogIn() {
            assertThat(problems(check, m -> at(m, "ScaledObject", "capacity", "/spec/triggers/0").remove("authenticationRef")))
                    .containsExactly("ScaledObject capacity: its trigger on yanzhen.matches must log in over TLS with SCRAM-SHA-512 (sasl, tls, authenticationRef)");
        }
    }

    @Nested
    class DatabaseAccess {

        private final DatabaseAccessCheck check = new DatabaseAccessCheck();

        @Test
        void aServiceWithTheMigrationRolesPassword() {
            assertThat(problems(check, m -> ((ObjectNode) env(m, "notifier", "YANZHEN_DB_PASSWORD").at("/valueFrom/secretKeyRef")).put("name", "yanzhen-db-app")))
                    .containsExactly("Deployment notifier container service: YANZHEN_DB_PASSWORD must come from secret yanzhen-db-notifier key password");
        }

        @Test
        void aDashboardGivenADatabase() {
            assertThat(problems(check, m -> ((ArrayNode) container(m, "dashboard").get("env")).addObject()
                    .put("name", "YANZHEN_DB_USER").put("value", "yanzhen_dashboard")))
                    .containsExactly("Deployment dashboard container service: dashboard has no database, yet is given a database user");
        }

        @Test
        void noRoleForAService() {
            assertThat(problems(check, m -> ((ArrayNode) m.get("Cluster", "yanzhen-db").at("/spec/managed/roles")).remove(1)))
                    .containsExactly("Cluster yanzhen-db: no managed role yanzhen_capacity for capacity");
        }

        @Test
        void aRoleThatMayCreateRoles() {
            assertThat(problems(check, m -> ((ObjectNode) m.get("Cluster", "yanzhen-db").at("/spec/managed/roles/3")).put("createrole", true)))
                    .containsExactly("Cluster yanzhen-db: role yanzhen_tracking must not have createrole");
        }

        @Test
        void aConnectionThatDoesNotCheckTheServer() {
            assertThat(problems(check, m -> at(m, "ConfigMap", WiringCheck.DB_CONFIG, "/data").put("YANZHEN_DB_URL",
                    "jdbc:postgresql://yanzhen-db-rw:5432/yanzhen?sslmode=require&sslrootcert=/etc/yanzhen/db-ca/ca.crt")))
                    .containsExactly("ConfigMap yanzhen-db-config: YANZHEN_DB_URL must ask for sslmode=verify-full");
        }

        @Test
        void aServiceThatMigratesAsItself() {
            assertThat(problems(check, m -> removeNamed((ArrayNode) container(m, "tracking").get("env"), "YANZHEN_DB_MIGRATE")))
                    .containsExactly("Deployment tracking container service: YANZHEN_DB_MIGRATE must be false: its role may not change its schema");
        }

        @Test
        void rolesThatTheBootstrapDoesNotCreate() {
            assertThat(problems(check, m -> at(m, "ConfigMap", "yanzhen-db-roles", "/data").put(DatabaseAccessCheck.ROLES_SQL, "select 1;")))
                    .contains("Cluster yanzhen-db: bootstrap must run database-roles.sql (postInitApplicationSQLRefs)",
                            "Cluster yanzhen-db: database-roles.sql gives intake no role");
        }
    }

    @Nested
    class NetworkPolicies {

        private final NetworkPolicyCheck check = new NetworkPolicyCheck();

        @Test
        void noDefaultDeny() {
            assertThat(problems(check, m -> m.documents().remove(m.get("NetworkPolicy", "default-deny"))))
                    .containsExactly("no NetworkPolicy denies all ingress and egress by default (podSelector {}, both policyTypes, no rules)");
        }

        @Test
        void servicesThatCannotReachTheDatabase() {
            List<String> problems = problems(check, m -> ((ArrayNode) m.get("NetworkPolicy", "yanzhen-services").at("/spec/egress")).remove(0));
            assertThat(problems).hasSize(7).allSatisfy(problem -> assertThat(problem)
                    .endsWith("no NetworkPolicy allows out to pods{cnpg.io/cluster=yanzhen-db} port 5432/TCP"));
        }

        @Test
        void aFlowTheContractDoesNotName() {
            assertThat(problems(check, m -> ((ArrayNode) m.get("NetworkPolicy", "notifier-outbound").at("/spec/egress/0/ports")).addObject().put("port", 22)))
                    .containsExactly("Deployment notifier container service: a NetworkPolicy allows out to cidr 0.0.0.0/0 port 22/TCP, not a flow of docs/contract.md §7.9");
        }

        @Test
        void aServiceThatReachesOutside() {
            assertThat(problems(check, m -> at(m, "NetworkPolicy", "notifier-outbound", "/spec/podSelector/matchLabels").put("app.kubernetes.io/name", "intake")))
                    .contains("Deployment intake container service: a NetworkPolicy allows out to cidr 0.0.0.0/0 port 443/TCP, not a flow of docs/contract.md §7.9",
                            "Deployment notifier container service: no NetworkPolicy allows out to cidr 0.0.0.0/0 port 443/TCP");
        }

        @Test
        void aManagementPortOpenToAnyone() {
            List<String> problems = problems(check, m -> at(m, "NetworkPolicy", "yanzhen-services", "/spec/ingress/1").remove("from"));
            assertThat(problems).hasSize(14).contains(
                    "Deployment intake container service: no NetworkPolicy allows in from " + NetworkPolicyCheck.PROMETHEUS + " to 9081/TCP",
                    "Deployment intake container service: a NetworkPolicy allows in from anywhere to 9081/TCP, not a flow of docs/contract.md §7.9");
        }

        @Test
        void theWorkbenchOnTheBrokerAndAServiceOffIt() {
            assertThat(problems(check, m -> at(m, "NetworkPolicy", "yanzhen-broker-clients", "/spec/podSelector/matchLabels")
                    .remove("yanzhen.cn/broker"))).containsExactly("Deployment workbench container service: a NetworkPolicy allows out to "
                    + "pods{strimzi.io/cluster=yanzhen,strimzi.io/kind=Kafka} port 9093/TCP, not a flow of docs/contract.md §7.9");
            assertThat(problems(check, m -> at(m, "Deployment", "tracking", "/spec/template/metadata/labels").remove("yanzhen.cn/broker")))
                    .containsExactly("Deployment tracking container service: no NetworkPolicy allows out to "
                            + "pods{strimzi.io/cluster=yanzhen,strimzi.io/kind=Kafka} port 9093/TCP");
        }

        @Test
        void aDatabaseClosedToTheServices() {
            assertThat(problems(check, m -> ((ArrayNode) m.get("NetworkPolicy", "yanzhen-db").at("/spec/ingress")).remove(0)))
                    .containsExactly("Cluster yanzhen-db: no NetworkPolicy lets the services' pods reach its pods on 5432");
        }
    }

    @Nested
    class PodSecurity {

        private final PodSecurityCheck check = new PodSecurityCheck();

        private static ObjectNode pod(Manifests manifests, String deployment) {
            return at(manifests, "Deployment", deployment, "/spec/template/spec");
        }

        @Test
        void aWritableRootFilesystem() {
            assertThat(problems(check, m -> ((ObjectNode) container(m, "intake").get("securityContext")).put("readOnlyRootFilesystem", false)))
                    .containsExactly("Deployment intake container service: readOnlyRootFilesystem must be true");
        }

        @Test
        void capabilitiesKept() {
            assertThat(problems(check, m -> ((ObjectNode) container(m, "matching").get("securityContext")).remove("capabilities")))
                    .containsExactly("Deployment matching container service: must drop ALL capabilities");
        }

        @Test
        void noSeccompProfile() {
            assertThat(problems(check, m -> ((ObjectNode) pod(m, "capacity").get("securityContext")).remove("seccompProfile")))
                    .containsExactly("Deployment capacity container service: seccompProfile must be RuntimeDefault (or Localhost), is none",
                            "Deployment capacity container migrate: seccompProfile must be RuntimeDefault (or Localhost), is none");
        }

        @Test
        void theServiceAccountTokenMounted() {
            assertThat(problems(check, m -> pod(m, "tracking").remove("automountServiceAccountToken")))
                    .containsExactly("Deployment tracking: automountServiceAccountToken must be false");
        }

        @Test
        void aHostPathVolume() {
            assertThat(problems(check, m -> ((ArrayNode) pod(m, "notifier").get("volumes")).addObject().put("name", "logs")
                    .putObject("hostPath").put("path", "/var/log")))
                    .singleElement().asString().contains("Deployment notifier: volume logs is a hostPath, which \"restricted\" forbids");
        }

        @Test
        void aMigrationThatMayEscalate() {
            assertThat(problems(check, m -> ((ObjectNode) at(m, "Deployment", "notifier", "/spec/template/spec/initContainers/0/securityContext"))
                    .put("allowPrivilegeEscalation", true)))
                    .containsExactly("Deployment notifier container migrate: allowPrivilegeEscalation must be false");
        }

        @Test
        void tmpOnTheRootFilesystem() {
            assertThat(problems(check, m -> removeNamed((ArrayNode) container(m, "intake").get("volumeMounts"), "tmp")))
                    .containsExactly("Deployment intake container service: /tmp must be an emptyDir (the root filesystem is read-only)");
        }
    }
}
