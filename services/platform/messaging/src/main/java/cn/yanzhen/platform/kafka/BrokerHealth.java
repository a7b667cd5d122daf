package cn.yanzhen.platform.kafka;

import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready while the broker answers within two seconds. Quarkus's own Kafka check asks with no deadline of its own, so
 * with the broker gone every probe hung for the admin client's 60 s before it said DOWN.
 */
@Readiness
@ApplicationScoped
class BrokerHealth implements HealthCheck {

    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(2);

    private final Admin admin;

    BrokerHealth(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig) {
        this.admin = Admin.create(kafkaConfig);
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("Kafka broker");
        try {
            String nodes = admin.describeCluster(new DescribeClusterOptions().timeoutMs((int) ANSWER_WITHIN.toMillis()))
                    .nodes().get().stream().map(node -> node.host() + ":" + node.port())
                    .collect(Collectors.joining(","));
            return response.up().withData("nodes", nodes).build();
        } catch (ExecutionException e) {
            return response.down().withData("reason", String.valueOf(e.getCause().getMessage())).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return response.down().withData("reason", "interrupted").build();
        }
    }

    @PreDestroy
    void close() {
        admin.close(Duration.ZERO);
    }
}
