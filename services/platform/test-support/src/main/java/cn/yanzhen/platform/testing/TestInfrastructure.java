package cn.yanzhen.platform.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.logging.Logger;
import org.testcontainers.DockerClientFactory;

/**
 * One real broker and one real database server per test JVM, chosen in this order: servers named by
 * {@code YANZHEN_KAFKA_BOOTSTRAP} and {@code YANZHEN_DB_URL} (+ {@code YANZHEN_DB_USER},
 * {@code YANZHEN_DB_PASSWORD}); Testcontainers when a Docker engine answers; otherwise Apache Kafka's
 * KRaft broker inside this JVM and an embedded PostgreSQL.
 */
public final class TestInfrastructure {

    private static final Logger LOG = Logger.getLogger(TestInfrastructure.class);
    private static Endpoints endpoints;

    private TestInfrastructure() {
    }

    public static synchronized Endpoints endpoints() {
        if (endpoints == null) {
            endpoints = start();
            LOG.infof("tests use Kafka %s and PostgreSQL %s (%s)",
                    endpoints.kafkaBootstrap(), endpoints.jdbcUrl(), endpoints.origin());
        }
        return endpoints;
    }

    private static Endpoints start() {
        String kafka = System.getenv("YANZHEN_KAFKA_BOOTSTRAP");
        String db = System.getenv("YANZHEN_DB_URL");
        if (kafka != null && db != null) {
            return new Endpoints(kafka, db, envOr("YANZHEN_DB_USER", "postgres"),
                    envOr("YANZHEN_DB_PASSWORD", "postgres"), "environment");
        }
        if (dockerAnswers()) {
            return Containers.start();
        }
        return EmbeddedServers.start();
    }

    private static boolean dockerAnswers() {
        boolean configured = System.getenv("DOCKER_HOST") != null || Files.exists(Path.of("/var/run/docker.sock"))
                || Files.exists(Path.of(System.getProperty("user.home"), ".testcontainers.properties"));
        if (!configured) {
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
