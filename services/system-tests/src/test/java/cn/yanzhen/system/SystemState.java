package cn.yanzhen.system;

import static cn.yanzhen.platform.testing.Tokens.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.yanzhen.contracts.Topic;
import cn.yanzhen.contracts.Topics;
import cn.yanzhen.platform.testing.ConsumerLag;
import cn.yanzhen.platform.testing.Endpoints;
import cn.yanzhen.platform.testing.TestInfrastructure;
import cn.yanzhen.platform.testing.TopicReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What the running system holds: every table's content and every topic's length, to prove a request changed nothing. */
final class SystemState {

    /** The chain's services; the notifier, at its end, only where a suite starts it. */
    static final List<String> SCHEMAS = List.of("intake", "capacity", "matching", "tracking");
    private static final String NOTIFIER = "notifier";
    private static final Duration WAIT = Duration.ofSeconds(60);

    private final RunningServices services;

    SystemState(RunningServices services) {
        this.services = services;
    }

    /** A digest of the content of every table of every service's schema, by table. */
    Map<String, String> tables() throws SQLException {
        Map<String, String> digests = new TreeMap<>();
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("select table_schema || '.' || table_name"
                    + " from information_schema.tables where table_schema in ('" + String.join("', '", withNotifier())
                    + "') and table_type = 'BASE TABLE'")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet digest = statement.executeQuery("select count(*) || ':' || coalesce(md5(string_agg("
                        + "t::text, '|' order by t::text)), '') from " + table + " t")) {
                    digest.next();
                    digests.put(table, digest.getString(1));
                }
            }
        }
        assertThat(digests).hasSizeGreaterThan(15);
        return digests;
    }

    /** Records on every topic and dead-letter topic, by topic. */
    static Map<String, Long> topics() {
        Map<String, Long> offsets = new TreeMap<>();
        String kafka = TestInfrastructure.endpoints().kafkaBootstrap();
        for (Topic topic : Topics.ALL) {
            for (String name : List.of(topic.name(), topic.deadLetterTopic())) {
                try (TopicReader reader = new TopicReader(kafka, name)) {
                    offsets.put(name, reader.countSince(Map.of()));
                }
            }
        }
        return offsets;
    }

    /**
     * Waits until tracking and matching know every signing, every consumer has caught up and every
     * outbox is published: from then on nothing changes unless someone calls.
     */
    void awaitSettled(List<String> signingIds) throws Exception {
        for (String signing : signingIds) {
            await().atMost(WAIT).until(() -> asAdmin().baseUri(services.url("tracking"))
                    .get("/api/projects/" + signing).statusCode() == 200);
            await().atMost(WAIT).until(() -> asAdmin().baseUri(services.url("matching"))
                    .get("/api/matches/" + signing).statusCode() == 200);
        }
        try (ConsumerLag lag = new ConsumerLag(TestInfrastructure.endpoints().kafkaBootstrap())) {
            lag.awaitCaughtUp("yanzhen-capacity", Topics.MATCHES.name(), WAIT);
            lag.awaitCaughtUp("yanzhen-tracking", Topics.MATCHES.name(), WAIT);
            lag.awaitCaughtUp("yanzhen-matching", Topics.REGION_CAPACITY.name(), WAIT);
        }
        await().atMost(WAIT).until(() -> unpublishedOutboxRows() == 0);
    }

    /** Waits until the notifier has taken in every signing and alert published so far. */
    void awaitNotifierCaughtUp() throws Exception {
        try (ConsumerLag lag = new ConsumerLag(TestInfrastructure.endpoints().kafkaBootstrap())) {
            lag.awaitCaughtUp("yanzhen-notifier", Topics.SIGNINGS.name(), WAIT);
            lag.awaitCaughtUp("yanzhen-notifier", Topics.ALERTS.name(), WAIT);
        }
    }

    long unpublishedOutboxRows() throws SQLException {
        return sumOverSchemas("outbox where sent_at is null");
    }

    /** The chain's services and the notifier: its tables count where it runs and are simply absent elsewhere. */
    static List<String> withNotifier() {
        List<String> schemas = new ArrayList<>(SCHEMAS);
        schemas.add(NOTIFIER);
        return schemas;
    }

    long auditEntries(String schema) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet count = statement.executeQuery("select count(*) from " + schema + ".audit_entry")) {
            count.next();
            return count.getLong(1);
        }
    }

    private long sumOverSchemas(String tableAndCondition) throws SQLException {
        long sum = 0;
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            for (String schema : SCHEMAS) {
                try (ResultSet count = statement.executeQuery("select count(*) from " + schema + "."
                        + tableAndCondition)) {
                    count.next();
                    sum += count.getLong(1);
                }
            }
        }
        return sum;
    }

    private Connection connect() throws SQLException {
        Endpoints servers = TestInfrastructure.endpoints();
        return DriverManager.getConnection(services.jdbcUrl(), servers.dbUser(), servers.dbPassword());
    }
}
