package cn.yanzhen.platform.kafka;

import cn.yanzhen.contracts.Topic;
import cn.yanzhen.contracts.Topics;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.jboss.logging.Logger;

/** Creates every topic of the contract that the broker lacks, compacted where the contract says so. */
@ApplicationScoped
public class TopicProvisioner {

    private static final Logger LOG = Logger.getLogger(TopicProvisioner.class);

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
                missing.add(newTopic(topic.name(), topic.compacted()));
            }
            if (!existing.contains(topic.deadLetterTopic())) {
                missing.add(newTopic(topic.deadLetterTopic(), false));
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

    private NewTopic newTopic(String name, boolean compacted) {
        return new NewTopic(name, Optional.of(config.partitions()), config.replicationFactor())
                .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG,
                        compacted ? TopicConfig.CLEANUP_POLICY_COMPACT : TopicConfig.CLEANUP_POLICY_DELETE));
    }
}
