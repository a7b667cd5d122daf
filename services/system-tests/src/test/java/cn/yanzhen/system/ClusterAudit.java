package cn.yanzhen.system;

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
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * What the topics, the consumer groups and the outboxes say once a run is over. The outbox is at least
 * once: a relay killed between a send and marking it sent, or whose send failed while a broker died,
 * sends the same rows again under the same {@code ce_id}. So a topic may hold an event twice; what must
 * hold is that it holds every event the services committed and nothing else (its distinct {@code ce_id}s
 * are exactly the outbox rows for it), and that no consumer applied one twice (the figures say so).
 */
final class ClusterAudit {

    /** The records read, and how many of them repeated a {@code ce_id} already read on their topic. */
    record Read(long records, long resent) {
    }

    static final Map<String, List<String>> CONSUMED = Map.of(
            "yanzhen-capacity", List.of(Topics.MATCHES.name(), Topics.SIGNINGS.name()),
            "yanzhen-matching", List.of(Topics.SIGNINGS.name(), Topics.REGION_CAPACITY.name()),
            "yanzhen-tracking", List.of(Topics.SIGNINGS.name(), Topics.MATCHES.name(),
                    Topics.REGION_CAPACITY.name()));
    private static final Duration WAIT = Duration.ofMinutes(5);

    private final String kafka;
    private final String jdbcUrl;

    ClusterAudit(String kafka, String jdbcUrl) {
        this.kafka = kafka;
        this.jdbcUrl = jdbcUrl;
    }

    /** Waits until every outbox is published and every consumer group has applied every record. */
    void awaitQuiet() throws Exception {
        try (ConsumerLag lag = new ConsumerLag(kafka)) {
            await().atMost(WAIT).pollInterval(Duration.ofSeconds(1)).until(() -> totalLag(lag) == 0
                    && query("select " + String.join(" + ", SystemState.SCHEMAS.stream().map(schema ->
                    "(select count(*) from " + schema + ".outbox where sent_at is null)").toList())) == 0);
        }
    }

    long totalLag() throws Exception {
        try (ConsumerLag lag = new ConsumerLag(kafka)) {
            return totalLag(lag);
        }
    }

    private long totalLag(ConsumerLag lag) throws Exception {
        long total = 0;
        for (Map.Entry<String, List<String>> group : CONSUMED.entrySet()) {
            for (String topic : group.getValue()) {
                total += lag.of(group.getKey(), topic);
            }
        }
        return total;
    }

    /** Reads every topic end to end: each holds exactly the events committed for it, by ce_id. */
    Read everyTopicHoldsEachCommittedEvent() throws Exception {
        long records = 0;
        long resent = 0;
        for (Topic topic : Topics.ALL) {
            try (TopicReader reader = new TopicReader(kafka, topic.name())) {
                List<ConsumerRecord<String, String>> all = reader.readToEnd(Map.of());
                long distinct = all.stream().map(record -> TopicReader.header(record, "ce_id")).distinct().count();
                assertThat(distinct).as("distinct ce_ids on %s = outbox rows for it", topic.name())
                        .isEqualTo(outboxRows(topic.name()));
                records += all.size();
                resent += all.size() - distinct;
            }
        }
        return new Read(records, resent);
    }

    /** How many distinct ce_ids of the records on {@code topic} the predicate accepts. */
    long distinctEvents(String topic, Predicate<ConsumerRecord<String, String>> which) {
        try (TopicReader reader = new TopicReader(kafka, topic)) {
            return reader.readToEnd(Map.of()).stream().filter(which)
                    .map(record -> TopicReader.header(record, "ce_id")).distinct().count();
        }
    }

    long deadLetters() {
        long total = 0;
        for (Topic topic : Topics.ALL) {
            try (TopicReader reader = new TopicReader(kafka, topic.deadLetterTopic())) {
                total += reader.countSince(Map.of());
            }
        }
        return total;
    }

    private long outboxRows(String topic) throws Exception {
        long rows = 0;
        for (String schema : SystemState.SCHEMAS) {
            rows += query("select count(*) from " + schema + ".outbox where topic = ?", topic);
        }
        return rows;
    }

    long query(String sql, String... parameters) throws Exception {
        Endpoints servers = TestInfrastructure.endpoints();
        try (Connection connection = DriverManager.getConnection(jdbcUrl, servers.dbUser(), servers.dbPassword());
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }
}
