package cn.yanzhen.stack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * docker-compose.yml cannot run here; this keeps it, the local stack script and the services'
 * configuration naming the same services, ports and variables.
 */
class DeploymentConsistencyTest {

    private static final Path ROOT = Path.of("../../..").toAbsolutePath().normalize();
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{(YANZHEN_[A-Z_]+)(?::([^}]*))?}");
    private static final Pattern PORT = Pattern.compile("(?m)^quarkus\\.http\\.port=\\$\\{(YANZHEN_[A-Z]+_PORT):(\\d+)}");
    private static final Pattern PLATFORM_MODULE = Pattern.compile("<artifactId>yanzhen-platform-([\\w-]+)</artifactId>");
    private static final Pattern MANAGEMENT_PORT = Pattern.compile("(?m)^quarkus\\.management\\.port=\\$\\{(YANZHEN_[A-Z]+_MANAGEMENT_PORT):(\\d+)}");

    /**
     * What only a locked-down deployment sets (docs/contract.md §7.9: Kubernetes' manifests, a secured broker and
     * database): compose's plaintext broker and single database owner, like the plain local stack, leave them
     * to their defaults.
     */
    private static final Set<String> LOCKED_DOWN_ONLY = Set.of("YANZHEN_MIGRATE_ONLY", "YANZHEN_DB_MIGRATE",
            "YANZHEN_DB_MIGRATION_USER", "YANZHEN_DB_MIGRATION_PASSWORD", "YANZHEN_KAFKA_SECURITY_PROTOCOL",
            "YANZHEN_KAFKA_SASL_MECHANISM", "YANZHEN_KAFKA_USER", "YANZHEN_KAFKA_PASSWORD", "YANZHEN_KAFKA_TRUSTSTORE_TYPE",
            "YANZHEN_KAFKA_TRUSTSTORE", "YANZHEN_JWT_MAX_AGE_SECONDS");

    private final JsonNode compose = new ObjectMapper(new YAMLFactory())
            .readTree(ROOT.resolve("docker-compose.yml").toFile());
    private final String stackScript = Files.readString(ROOT.resolve("deploy/local/stack"));
    /** What the platform's modules set for every service that takes them: web all, messaging those on the broker, database those with one. */
    private final String sharedByAll = platformDefaults("web");
    private final String sharedOnTheBroker = platformDefaults("messaging");
    private final String sharedWithADatabase = platformDefaults("database");

    DeploymentConsistencyTest() throws IOException {
    }

    @Test
    void everyServiceModuleIsInComposeAndTheStackWithItsPortAndVariables() throws IOException {
        List<String> services = serviceModules();
        assertThat(services).contains("intake");
        for (String service : services) {
            String properties = Files.readString(
                    ROOT.resolve("services/" + service + "/src/main/resources/application.properties"));
            Matcher port = PORT.matcher(properties);
            assertThat(port.find()).as("%s declares quarkus.http.port=${YANZHEN_…_PORT:n}", service).isTrue();

            JsonNode definition = compose.path("services").path(service);
            assertThat(definition.isMissingNode()).as("%s in docker-compose.yml", service).isFalse();
            assertThat(definition.path("ports").toString()).contains("127.0.0.1:" + port.group(2) + ":" + port.group(2));
            boolean database = takes(service, "database");
            boolean broker = takes(service, "messaging");
            if (database) {
                assertThat(definition.at("/environment/YANZHEN_DB_PASSWORD").asText()).as("%s's password comes from the environment", service)
                        .startsWith("${YANZHEN_DB_PASSWORD:?");
            } else {
                assertThat(names(definition.path("environment"))).as("%s has no database", service)
                        .noneMatch(name -> name.startsWith("YANZHEN_DB_"));
            }
            // the image the images profile builds for the module (deploy/images), as the k8s Deployments name it
            assertThat(definition.path("image").asText()).isEqualTo("yanzhen/" + service + ":" + version());
            assertThat(properties).contains("quarkus.container-image.name=" + service + "\n");
            Set<String> needed = new TreeSet<>(variables(properties));
            needed.addAll(variables(sharedByAll));
            if (broker) {
                needed.addAll(variables(sharedOnTheBroker));
            } else {
                assertThat(names(definition.path("environment"))).as("%s is not on the broker", service)
                        .noneMatch(name -> name.startsWith("YANZHEN_KAFKA_"));
            }
            if (database) {
                needed.addAll(variables(sharedWithADatabase));
            }
            needed.removeAll(LOCKED_DOWN_ONLY);
            assertThat(names(definition.path("environment"))).containsAll(needed);
            assertThat(definition.at("/depends_on/postgres/condition").asText()).isEqualTo(database ? "service_healthy" : "");
            assertThat(definition.at("/depends_on/kafka/condition").asText()).isEqualTo(broker ? "service_healthy" : "");
            // health, metrics and OpenAPI on the management interface, the API port + 1000 (docs/contract.md §2)
            Matcher management = MANAGEMENT_PORT.matcher(properties);
            assertThat(management.find()).as("%s declares quarkus.management.port=${YANZHEN_…_MANAGEMENT_PORT:n}", service).isTrue();
            assertThat(Integer.parseInt(management.group(2))).isEqualTo(Integer.parseInt(port.group(2)) + 1000);
            assertThat(definition.has("healthcheck")).isTrue();
            assertThat(definition.at("/healthcheck/test").toString()).contains("/dev/tcp/127.0.0.1/" + management.group(2) + " ");
            assertThat(definition.path("restart").asText()).as("%s restarts when it ends itself", service)
                    .isEqualTo("on-failure");
            assertThat(stackScript).contains("[" + service + "]=" + port.group(2)).contains("MANAGEMENT_PORT_OFFSET=1000");
        }
    }

    @Test
    void theStackGivesEveryServiceTheSharedVariables() {
        assertThat(variables(sharedByAll)).contains("YANZHEN_JWT_PUBLIC_KEY", "YANZHEN_JWT_ISSUER");
        assertThat(variables(sharedWithADatabase)).contains("YANZHEN_DB_URL", "YANZHEN_DB_USER");
        for (String variable : variables(sharedByAll + sharedOnTheBroker + sharedWithADatabase)) {
            if (LOCKED_DOWN_ONLY.contains(variable)) {
                continue;
            }
            assertThat(stackScript).contains(variable + "=");
        }
    }

    @Test
    void theServersHaveHealthchecks() {
        assertThat(compose.at("/services/postgres/healthcheck").isMissingNode()).isFalse();
        assertThat(compose.at("/services/kafka/healthcheck").isMissingNode()).isFalse();
        assertThat(compose.at("/services/kafka/image").asText()).startsWith("apache/kafka:");
    }

    @Test
    void theServersListenOnTheLoopbackOnlyAndNoFileHoldsADatabasePassword() throws IOException {
        for (String server : List.of("postgres", "kafka")) {
            compose.at("/services/" + server + "/ports").forEach(port -> assertThat(port.asText()).startsWith("127.0.0.1:"));
        }
        assertThat(compose.at("/services/postgres/environment/POSTGRES_PASSWORD").asText()).startsWith("${YANZHEN_DB_PASSWORD:?");
        assertThat(sharedWithADatabase).as("the services' credentials in production come from their environment only")
                .containsPattern("(?m)^quarkus\\.datasource\\.username=\\$\\{YANZHEN_DB_USER}$")
                .containsPattern("(?m)^quarkus\\.datasource\\.password=\\$\\{YANZHEN_DB_PASSWORD}$");
        for (String service : serviceModules()) {
            String properties = Files.readString(ROOT.resolve("services/" + service + "/src/main/resources/application.properties"));
            assertThat(properties).as("%s names no database credentials of its own", service)
                    .doesNotContainPattern("(?m)^quarkus\\.datasource\\.(username|password)=");
        }
    }

    private static String platformDefaults(String module) throws IOException {
        return Files.readString(ROOT.resolve("services/platform/" + module + "/src/main/resources/META-INF/microprofile-config.properties"));
    }

    /**
     * Whether a service takes a platform module, itself or through another (the store takes the database and
     * messaging): a service with a schema of its own takes the database, one on the broker messaging.
     */
    private static boolean takes(String service, String module) throws IOException {
        return takes(ROOT.resolve("services/" + service), module);
    }

    private static boolean takes(Path project, String module) throws IOException {
        Matcher taken = PLATFORM_MODULE.matcher(Files.readString(project.resolve("pom.xml")));
        while (taken.find()) {
            String found = taken.group(1);
            boolean itself = project.endsWith(Path.of("platform", found));
            if (found.equals(module) || !itself && !found.equals("test-support")
                    && takes(ROOT.resolve("services/platform/" + found), module)) {
                return true;
            }
        }
        return false;
    }

    /** The project's version, as the root pom states it. */
    private static String version() throws IOException {
        Matcher version = Pattern.compile("(?s)<artifactId>yanzhen</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(Files.readString(ROOT.resolve("pom.xml")));
        assertThat(version.find()).isTrue();
        return version.group(1);
    }

    private static List<String> serviceModules() throws IOException {
        List<String> services = new ArrayList<>();
        try (Stream<Path> modules = Files.list(ROOT.resolve("services"))) {
            modules.filter(module -> Files.exists(module.resolve("src/main/resources/application.properties")))
                    .forEach(module -> services.add(module.getFileName().toString()));
        }
        return services;
    }

    private static Set<String> variables(String properties) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = VARIABLE.matcher(properties);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    private static Set<String> names(JsonNode environment) {
        Set<String> names = new TreeSet<>();
        environment.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
