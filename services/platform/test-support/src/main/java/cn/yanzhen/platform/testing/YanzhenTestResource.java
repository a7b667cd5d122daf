package cn.yanzhen.platform.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
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
        Map<String, String> config = new HashMap<>(Tokens.serviceConfig());
        config.put("kafka.bootstrap.servers", endpoints.kafkaBootstrap());
        config.put("quarkus.datasource.jdbc.url", database.jdbcUrl());
        config.put("quarkus.datasource.username", endpoints.dbUser());
        config.put("quarkus.datasource.password", endpoints.dbPassword());
        return config;
    }

    @Override
    public void stop() {
        if (database != null) {
            database.drop();
        }
    }
}
