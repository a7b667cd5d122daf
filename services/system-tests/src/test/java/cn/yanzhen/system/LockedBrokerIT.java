package cn.yanzhen.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import cn.yanzhen.contracts.Topic;
import cn.yanzhen.contracts.Topics;
import cn.yanzhen.stack.kafka.KafkaUsers;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A real broker locked down as docs/contract.md §7.9 asks of a deployment — SASL/SCRAM-SHA-512 and Kafka's
 * StandardAuthorizer (KRaft), the services' users with exactly the ACLs of the Kubernetes KafkaUsers — refuses
 * whoever does not log in, and lets intake write its topic but nothing else. One broker, no services.
 */
class LockedBrokerIT {

    private static final String ADMIN_PASSWORD = password();
    private static final Map<String, String> PASSWORDS = new HashMap<>();
    private static KafkaProcess kafka;

    @BeforeAll
    static void start() throws Exception {
        KafkaUsers users = KafkaUsers.fromManifests(Path.of(System.getProperty("services.dir"), "..", KafkaUsers.FILE));
        users.names().forEach(user -> PASSWORDS.put(user, password()));
        kafka = KafkaProcess.startSecured(ADMIN_PASSWORD, PASSWORDS);
        try (Admin admin = Admin.create(login("admin", ADMIN_PASSWORD))) {
            List<NewTopic> topics = new ArrayList<>();
            for (Topic topic : Topics.ALL) {
                topics.add(new NewTopic(topic.name(), 1, (short) 1));
                topics.add(new NewTopic(topic.deadLetterTopic(), 1, (short) 1));
            }
            admin.createTopics(topics).all().get(60, TimeUnit.SECONDS);
            admin.createAcls(users.acls()).all().get(60, TimeUnit.SECONDS);
            // the broker's authorizer takes the bindings from the metadata log a moment later: a test that sends
            // before it has them is refused for an ACL it does have
            await().atMost(Duration.ofSeconds(60)).until(() -> admin.describeAcls(AclBindingFilter.ANY).values()
                    .get(10, TimeUnit.SECONDS).size() >= users.acls().size());
        }
    }

    @AfterAll
    static void stop() throws Exception {
        if (kafka != null) {
            kafka.close();
        }
    }

    @Test
    void aClientThatDoesNotLogInIsRefused() {
        Map<String, Object> anonymous = new HashMap<>(Map.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrap(),
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 5000));
        try (KafkaProducer<String, String> producer = producer(anonymous)) {
            assertThatThrownBy(() -> producer.send(record(Topics.SIGNINGS.name())).get(10, TimeUnit.SECONDS))
                    .hasMessageContaining("not present in metadata after 5000 ms");
        }
        try (KafkaProducer<String, String> producer = producer(login("yanzhen-intake", "not-its-password"))) {
            assertThatThrownBy(() -> producer.send(record(Topics.SIGNINGS.name())).get(10, TimeUnit.SECONDS))
                    .hasRootCauseInstanceOf(SaslAuthenticationException.class);
        }
    }

    @Test
    void intakeWritesItsTopicAndNothingElse() throws Exception {
        try (KafkaProducer<String, String> intake = producer(as("yanzhen-intake"))) {
            assertThat(intake.send(record(Topics.SIGNINGS.name())).get(30, TimeUnit.SECONDS).topic()).isEqualTo(Topics.SIGNINGS.name());
            assertThatThrownBy(() -> intake.send(record(Topics.MATCHES.name())).get(30, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(TopicAuthorizationException.class);
        }
        try (Admin intake = Admin.create(as("yanzhen-intake"))) {
            assertThatThrownBy(() -> intake.listConsumerGroupOffsets("yanzhen-tracking").partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS))
                    .hasCauseInstanceOf(GroupAuthorizationException.class);
        }
    }

    @Test
    void trackingReadsSigningsInItsOwnGroupOnly() throws Exception {
        try (KafkaProducer<String, String> intake = producer(as("yanzhen-intake"))) {
            intake.send(record(Topics.SIGNINGS.name())).get(30, TimeUnit.SECONDS);
        }
        try (KafkaConsumer<String, String> tracking = consumer("yanzhen-tracking", "yanzhen-tracking")) {
            tracking.subscribe(List.of(Topics.SIGNINGS.name()));
            ConsumerRecords<String, String> records = ConsumerRecords.empty();
            for (int polls = 0; polls < 60 && records.isEmpty(); polls++) {
                records = tracking.poll(Duration.ofMillis(500));
            }
            assertThat(records.count()).isPositive();
        }
        try (KafkaConsumer<String, String> tracking = consumer("yanzhen-tracking", "yanzhen-matching")) {
            tracking.subscribe(List.of(Topics.SIGNINGS.name()));
            assertThatThrownBy(() -> tracking.poll(Duration.ofSeconds(30))).isInstanceOf(GroupAuthorizationException.class);
        }
    }

    private static ProducerRecord<String, String> record(String topic) {
        return new ProducerRecord<>(topic, "key", "{}");
    }

    private static Map<String, Object> as(String user) {
        return login(user, PASSWORDS.get(user));
    }

    private static Map<String, Object> login(String user, String password) {
        Map<String, Object> settings = new HashMap<>();
        settings.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrap());
        settings.put(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SASL_PLAINTEXT");
        settings.put(SaslConfigs.SASL_MECHANISM, "SCRAM-SHA-512");
        settings.put(SaslConfigs.SASL_JAAS_CONFIG, "org.apache.kafka.common.security.scram.ScramLoginModule required username=\""
                + user + "\" password=\"" + password + "\";");
        settings.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 30000);
        return settings;
    }

    private static KafkaProducer<String, String> producer(Map<String, Object> settings) {
        return new KafkaProducer<>(settings, new StringSerializer(), new StringSerializer());
    }

    private static KafkaConsumer<String, String> consumer(String user, String group) {
        Map<String, Object> settings = as(user);
        settings.remove(ProducerConfig.MAX_BLOCK_MS_CONFIG);
        settings.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        settings.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        return new KafkaConsumer<>(settings, new StringDeserializer(), new StringDeserializer());
    }

    private static String password() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
