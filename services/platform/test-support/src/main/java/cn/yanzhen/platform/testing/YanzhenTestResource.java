package cn.yanzhen.platform.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Points a {@code @QuarkusTest} application at the real broker and a fresh database on the real
 * PostgreSQL server of {@link TestInfrastructure}.
 */
public class YanzhenTestResource implements QuarkusTestResourceLifecycleManager {

    private FreshDatabase database;

    @Override
    public Map<String, String> start() {
        Endpoints endpoints = TestInfrastructure.endpoints();
        database = FreshDatabase.create(endpoints);
        return Map.of(
                "kafka.bootstrap.servers", endpoints.kafkaBootstrap(),
                "quarkus.datasource.jdbc.url", database.jdbcUrl(),
                "quarkus.datasource.username", endpoints.dbUser(),
                "quarkus.datasource.password", endpoints.dbPassword());
    }

    @Override
    public void stop() {
        if (database != null) {
            database.drop();
        }
    }
}
