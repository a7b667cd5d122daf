package cn.yanzhen.system;

import cn.yanzhen.platform.testing.Endpoints;
import cn.yanzhen.platform.testing.FreshDatabase;
import cn.yanzhen.platform.testing.ServiceProcess;
import cn.yanzhen.platform.testing.TestInfrastructure;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The named services started from their packaged jars on the test broker and one fresh database. */
final class RunningServices implements AutoCloseable {

    private final FreshDatabase database;
    private final Map<String, ServiceProcess> services = new LinkedHashMap<>();

    private final Map<String, String> properties;

    private RunningServices(FreshDatabase database, Map<String, String> properties) {
        this.database = database;
        this.properties = properties;
    }

    /** kill -9 the service, then start it again on the same port and database. */
    void killAndRestart(String name) throws IOException, InterruptedException {
        services.get(name).kill();
        services.get(name).start(properties);
    }

    static RunningServices start(String... names) throws IOException, InterruptedException {
        return start(Map.of(), names);
    }

    /** Starts the services with extra system properties (given to every one of them). */
    static RunningServices start(Map<String, String> properties, String... names)
            throws IOException, InterruptedException {
        return start(TestInfrastructure.endpoints().kafkaBootstrap(), properties, names);
    }

    /** Starts the services on the given broker (and the test database server). */
    static RunningServices start(String kafkaBootstrap, Map<String, String> properties, String... names)
            throws IOException, InterruptedException {
        Endpoints servers = TestInfrastructure.endpoints();
        RunningServices running = new RunningServices(FreshDatabase.create(servers), properties);
        try {
            for (String name : names) {
                Path jar = Path.of(System.getProperty("services.dir"), name, "target", "quarkus-app",
                        "quarkus-run.jar");
                ServiceProcess service = new ServiceProcess(jar, Map.of(
                        "kafka.bootstrap.servers", kafkaBootstrap,
                        "quarkus.datasource.jdbc.url", running.database.jdbcUrl(),
                        "quarkus.datasource.username", servers.dbUser(),
                        "quarkus.datasource.password", servers.dbPassword()),
                        Path.of("target", "it-logs", name + ".log"));
                running.services.put(name, service.start(properties));
            }
        } catch (IOException | RuntimeException e) {
            running.close();
            throw e;
        }
        return running;
    }

    String url(String name) {
        return services.get(name).baseUri();
    }

    String jdbcUrl() {
        return database.jdbcUrl();
    }

    ServiceProcess process(String name) {
        return services.get(name);
    }

    @Override
    public void close() throws InterruptedException {
        for (ServiceProcess service : services.values()) {
            service.close();
        }
        database.drop();
    }
}
