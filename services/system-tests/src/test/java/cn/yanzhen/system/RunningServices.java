package cn.yanzhen.system;

import cn.yanzhen.platform.testing.Endpoints;
import cn.yanzhen.platform.testing.FreshDatabase;
import cn.yanzhen.platform.testing.ServiceProcess;
import cn.yanzhen.platform.testing.TestInfrastructure;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Queue;

/**
 * The named services started from their packaged jars on the test broker and one fresh database; with
 * replicas, each service several times on ports of their own: "tracking" is the first, "tracking-2" the second.
 */
final class RunningServices implements AutoCloseable {

    private static final int STARTING_AT_ONCE = 2;

    private final FreshDatabase database;
    private final Path logs = Path.of("target", "it-logs", suiteName());
    private final Map<String, ServiceProcess> services = new LinkedHashMap<>();
    private final Queue<ServiceProcess> starting = new ArrayDeque<>();

    private final Map<String, String> properties;

    private RunningServices(FreshDatabase database, Map<String, String> properties) {
        this.database = database;
        this.properties = properties;
    }

    /**
     * kill -9 the services at once, then start them again on the same ports and database, both JVMs of a pair
     * starting side by side; returns once every one is ready.
     */
    void killAndRestart(String... names) throws IOException, InterruptedException {
        for (String name : names) {
            services.get(name).kill();
        }
        for (String name : names) {
            launch(name, services.get(name));
        }
        while (!starting.isEmpty()) {
            starting.remove().awaitReady();
        }
    }

    /** Starts a killed service again on the same port and database; returns once it is ready. */
    void restart(String name) {
        try {
            services.get(name).start(properties);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
        return start(kafkaBootstrap, properties, 1, names);
    }

    /** Starts each service {@code replicas} times, one after the other, all on one database and broker. */
    static RunningServices start(String kafkaBootstrap, Map<String, String> properties, int replicas, String... names)
            throws IOException, InterruptedException {
        return start(kafkaBootstrap, TestInfrastructure.endpoints(), properties, replicas, names);
    }

    /** Starts the services on the given broker and a fresh database of the given database server. */
    static RunningServices start(String kafkaBootstrap, Endpoints servers, Map<String, String> properties,
                                 int replicas, String... names) throws IOException, InterruptedException {
        RunningServices running = new RunningServices(FreshDatabase.create(servers), properties);
        try {
            for (String name : names) {
                for (int replica = 1; replica <= replicas; replica++) {
                    running.launch(name, replica, kafkaBootstrap, Map.of());
                }
            }
            while (!running.starting.isEmpty()) {
                running.starting.remove().awaitReady();
            }
        } catch (IOException | RuntimeException e) {
            running.close();
            throw e;
        }
        return running;
    }

    /**
     * Starts one more service on the same broker and database with settings of its own (such as the workbench,
     * which is told the others' addresses); returns once it is ready.
     */
    void add(String name, String kafkaBootstrap, Map<String, String> settings) throws IOException {
        launch(name, 1, kafkaBootstrap, settings);
        while (!starting.isEmpty()) {
            starting.remove().awaitReady();
        }
    }

    private void launch(String name, int replica, String kafkaBootstrap, Map<String, String> extra) throws IOException {
        Endpoints servers = database.server();
        Path jar = Path.of(System.getProperty("services.dir"), name, "target", "quarkus-app", "quarkus-run.jar");
        String replicaName = replica == 1 ? name : name + "-" + replica;
        Map<String, String> settings = new LinkedHashMap<>(Map.of(
                "kafka.bootstrap.servers", kafkaBootstrap,
                "quarkus.datasource.jdbc.url", database.jdbcUrl(),
                "quarkus.datasource.username", servers.dbUser(),
                "quarkus.datasource.password", servers.dbPassword()));
        if (replica > 1) {
            // the dashboard reads every partition into memory: each replica in a group of its own
            settings.put("YANZHEN_DASHBOARD_GROUP", "yanzhen-dashboard-" + replica);
        }
        settings.putAll(extra);
        launch(replicaName, new ServiceProcess(jar, settings, logs.resolve(replicaName + ".log")));
    }

    /**
     * Two at a time: a JVM's start is mostly one thread, so a second one uses the other core; ten at once (the
     * replicas suite) took longer than one after another.
     */
    private void launch(String name, ServiceProcess service) throws IOException {
        if (starting.size() == STARTING_AT_ONCE) {
            starting.remove().awaitReady();
        }
        services.put(name, service.launch(properties));
        starting.add(service);
    }

    /**
     * The suite that starts the services (the *IT class nearest on the call stack): each suite's logs go to a
     * folder of its own, so a suite that reads a log reads its own services' lines, and suites running side by
     * side do not write into one file.
     */
    private static String suiteName() {
        return StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE).walk(frames -> frames
                .map(frame -> frame.getDeclaringClass().getSimpleName()).filter(name -> name.endsWith("IT"))
                .findFirst()).orElse("other");
    }

    String url(String name) {
        return services.get(name).baseUri();
    }

    /** Where the service's health, metrics and OpenAPI are (its management interface). */
    String managementUrl(String name) {
        return services.get(name).managementUri();
    }

    String jdbcUrl() {
        return database.jdbcUrl();
    }

    /** The first column of the first row a query answers on the services' database, as a number. */
    long queryNumber(String sql) throws SQLException {
        Endpoints server = database.server();
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), server.dbUser(), server.dbPassword());
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
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
