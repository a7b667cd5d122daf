package cn.yanzhen.platform.kafka;

import cn.yanzhen.contracts.Topic;
import cn.yanzhen.contracts.Topics;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.jboss.logging.Logger;

/**
 * Creates every topic of the contract that the broker lacks, compacted where the contract says so, and
 * keeps dead letters until they are replayed (docs/contract.md §6.5): a dead-letter topic that exists with
 * another retention, such as the broker's week, is altered to keep its records for good.
 */
@ApplicationScoped
public class TopicProvisioner {

    private static final Logger LOG = Logger.getLogger(TopicProvisioner.class);
    private static final String KEEP_FOR_GOOD = "-1";

    /**
     * A compacted topic is read from its beginning at every start of its readers (the dashboard): small segments and an
     * eager cleaner keep what they read near one record per key, where the broker's defaults (1 GiB segments, cleaned
     * at half dirty) would let them replay up to a gigabyte of superseded figures.
     */
    private static final Map<String, String> COMPACTED = Map.of(
            TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT,
            TopicConfig.SEGMENT_BYTES_CONFIG, Integer.toString(16 * 1024 * 1024),
            TopicConfig.MIN_CLEANABLE_DIRTY_RATIO_CONFIG, "0.2");

    private final TopicsConfig config;
    private final Map<String, Object> kafkaConfig;

    TopicProvisioner(TopicsConfig config, @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig) {
        this.config = config;
        this.kafkaConfig = kafkaConfig;
    }

    void provision(@Observes StartupEvent event) throws InterruptedException {
        if (!config.provision()) {
            return;
        }
        Instant deadline = Instant.now().plus(config.brokerWait());
        while (true) {
            try (Admin admin = Admin.create(kafkaConfig)) {
                createMissing(admin);
                keepDeadLetters(admin);
                return;
            } catch (ExecutionException | org.apache.kafka.common.errors.TimeoutException
                     | java.util.concurrent.TimeoutException e) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("Kafka broker did not answer within " + config.brokerWait(), e);
                }
                LOG.infof("waiting for the Kafka broker: %s", e.getMessage());
                TimeUnit.SECONDS.sleep(1);
            }
        }
    }

    private void createMissing(Admin admin)
            throws ExecutionException, InterruptedException, java.util.concurrent.TimeoutException {
        Set<String> existing = admin.listTopics().names().get(10, TimeUnit.SECONDS);
        List<NewTopic> missing = new ArrayList<>();
        for (Topic topic : Topics.ALL) {
            if (!existing.contains(topic.name())) {
                missing.add(newTopic(topic.name(), topic.compacted() ? COMPACTED
                        : Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE)));
            }
            if (!existing.contains(topic.deadLetterTopic())) {
                missing.add(newTopic(topic.deadLetterTopic(), Map.of(TopicConfig.CLEANUP_POLICY_CONFIG,
                        TopicConfig.CLEANUP_POLICY_DELETE, TopicConfig.RETENTION_MS_CONFIG, KEEP_FOR_GOOD)));
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        try {
            admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
            LOG.infof("created topics %s", missing.stream().map(NewTopic::name).toList());
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
    }

    private static void keepDeadLetters(Admin admin)
            throws ExecutionException, InterruptedException, java.util.concurrent.TimeoutException {
        List<ConfigResource> deadLetterTopics = Topics.ALL.stream()
                .map(topic -> new ConfigResource(ConfigResource.Type.TOPIC, topic.deadLetterTopic())).toList();
        Map<ConfigResource, Config> configs = admin.describeConfigs(deadLetterTopics).all().get(10, TimeUnit.SECONDS);
        Map<ConfigResource, Collection<AlterConfigOp>> changes = new HashMap<>();
        configs.forEach((resource, config) -> {
            ConfigEntry retention = config.get(TopicConfig.RETENTION_MS_CONFIG);
            if (retention == null || !KEEP_FOR_GOOD.equals(retention.value())) {
                changes.put(resource, List.of(new AlterConfigOp(
                        new ConfigEntry(TopicConfig.RETENTION_MS_CONFIG, KEEP_FOR_GOOD), AlterConfigOp.OpType.SET)));
            }
        });
        if (!changes.isEmpty()) {
            admin.incrementalAlterConfigs(changes).all().get(30, TimeUnit.SECONDS);
            LOG.infof("dead-letter topics %s now keep their records until replayed (retention.ms=-1)",
                    changes.keySet().stream().map(ConfigResource::name).sorted().toList());
        }
    }

    private NewTopic newTopic(String name, Map<String, String> topicConfig) {
        return new NewTopic(name, Optional.of(config.partitions()), config.replicationFactor()).configs(topicConfig);
    }
}
