package cn.yanzhen.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yanzhen.contracts.Topic;
import cn.yanzhen.contracts.Topics;
import cn.yanzhen.platform.testing.YanzhenTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.common.annotation.Identifier;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.Test;

/** Dead letters are kept until replayed (docs/contract.md §6.5), on new dead-letter topics and on old ones. */
@QuarkusTest
@WithTestResource(YanzhenTestResource.class)
class TopicProvisionerTest {

    private static final String A_WEEK = "604800000";

    @Inject
    TopicsConfig config;
    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    @Test
    void everyDeadLetterTopicKeepsItsRecordsAndOneKeptForAWeekIsAlteredAtStart() throws Exception {
        try (Admin admin = Admin.create(kafkaConfig)) {
            ConfigResource alertsDlq = topic(Topics.ALERTS.deadLetterTopic());
            admin.incrementalAlterConfigs(Map.of(alertsDlq, List.of(new AlterConfigOp(
                    new ConfigEntry(TopicConfig.RETENTION_MS_CONFIG, A_WEEK), AlterConfigOp.OpType.SET))))
                    .all().get(30, TimeUnit.SECONDS);
            assertThat(retention(admin, alertsDlq)).isEqualTo(A_WEEK);

            new TopicProvisioner(config, kafkaConfig).provision(null);

            for (Topic topic : Topics.ALL) {
                assertThat(retention(admin, topic(topic.deadLetterTopic()))).as(topic.deadLetterTopic()).isEqualTo("-1");
            }
        }
    }

    @Test
    void compactedTopicsRollSmallSegmentsSoTheirReadersReplayLittleMoreThanOneRecordPerKey() throws Exception {
        try (Admin admin = Admin.create(kafkaConfig)) {
            new TopicProvisioner(config, kafkaConfig).provision(null);
            ConfigResource stats = topic(Topics.STATS.name());
            Config described = admin.describeConfigs(List.of(stats)).all().get(30, TimeUnit.SECONDS).get(stats);
            assertThat(described.get(TopicConfig.CLEANUP_POLICY_CONFIG).value()).isEqualTo("compact");
            assertThat(described.get(TopicConfig.SEGMENT_BYTES_CONFIG).value()).isEqualTo("16777216");
            assertThat(described.get(TopicConfig.MIN_CLEANABLE_DIRTY_RATIO_CONFIG).value()).isEqualTo("0.2");
        }
    }

    private static ConfigResource topic(String name) {
        return new ConfigResource(ConfigResource.Type.TOPIC, name);
    }

    private static String retention(Admin admin, ConfigResource topic) throws Exception {
        return admin.describeConfigs(List.of(topic)).all().get(30, TimeUnit.SECONDS).get(topic)
                .get(TopicConfig.RETENTION_MS_CONFIG).value();
    }
}
