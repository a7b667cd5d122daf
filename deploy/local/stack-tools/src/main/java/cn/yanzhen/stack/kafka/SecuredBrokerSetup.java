package cn.yanzhen.stack.kafka;

import cn.yanzhen.contracts.Topic;
import cn.yanzhen.contracts.Topics;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.apache.kafka.common.config.TopicConfig;

/**
 * Makes the local stack's secured broker (deploy/local/stack up --secure) what a deployment's is
 * (docs/contract.md §7.9): the contract's topics and their dead-letter topics, created by the broker's admin
 * because the services may not create topics there, and the ACLs of deploy/k8s/base/kafka-users.yaml, each
 * service's exactly. Running it again adds only what is missing. Waits until the broker's authorizer holds
 * every ACL, so a service started next is not refused for one it has.
 *
 * <p>Arguments: bootstrap servers, the admin's client settings (a properties file), kafka-users.yaml, the
 * replication factor of new topics.
 */
public final class SecuredBrokerSetup {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private SecuredBrokerSetup() {
    }

    public static void main(String[] args) throws Exception {
        Properties settings = clientSettings(Path.of(args[1]));
        settings.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, args[0]);
        KafkaUsers users = KafkaUsers.fromManifests(Path.of(args[2]));
        short replicationFactor = Short.parseShort(args[3]);
        try (Admin admin = Admin.create(settings)) {
            int created = createMissingTopics(admin, replicationFactor);
            admin.createAcls(users.acls()).all().get(60, TimeUnit.SECONDS);
            awaitAcls(admin, users.acls().size());
            System.out.printf("%d topics created, %d ACLs for %s%n", created, users.acls().size(), String.join(", ", users.names()));
        }
    }

    /** The admin's login, as the stack writes it beside its passwords. */
    public static Properties clientSettings(Path file) throws IOException {
        Properties settings = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            settings.load(reader);
        }
        return settings;
    }

    private static int createMissingTopics(Admin admin, short replicationFactor) throws Exception {
        Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
        List<NewTopic> missing = new ArrayList<>();
        for (Topic topic : Topics.ALL) {
            if (!existing.contains(topic.name())) {
                missing.add(new NewTopic(topic.name(), Optional.empty(), Optional.of(replicationFactor))
                        .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG,
                                topic.compacted() ? TopicConfig.CLEANUP_POLICY_COMPACT : TopicConfig.CLEANUP_POLICY_DELETE)));
            }
            if (!existing.contains(topic.deadLetterTopic())) {
                // dead letters wait for a replay however long it takes (§6.5), as the services' own provisioning keeps them
                missing.add(new NewTopic(topic.deadLetterTopic(), Optional.empty(), Optional.of(replicationFactor))
                        .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE,
                                TopicConfig.RETENTION_MS_CONFIG, "-1")));
            }
        }
        if (!missing.isEmpty()) {
            admin.createTopics(missing).all().get(60, TimeUnit.SECONDS);
        }
        return missing.size();
    }

    /** The authorizer takes the bindings from the metadata log a moment after the request is answered. */
    private static void awaitAcls(Admin admin, int count) throws Exception {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (admin.describeAcls(AclBindingFilter.ANY).values().get(10, TimeUnit.SECONDS).size() < count) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("the broker's authorizer did not hold the " + count + " ACLs within " + PATIENCE);
            }
            TimeUnit.MILLISECONDS.sleep(200);
        }
    }
}
