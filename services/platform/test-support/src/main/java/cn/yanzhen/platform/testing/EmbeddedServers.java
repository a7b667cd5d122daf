package cn.yanzhen.platform.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.jboss.logging.Logger;

/** Apache Kafka's own KRaft broker inside the test JVM and a real PostgreSQL started from zonky's binaries. */
final class EmbeddedServers {

    private static final Logger LOG = Logger.getLogger(EmbeddedServers.class);

    private EmbeddedServers() {
    }

    static Endpoints start() {
        try {
            Path kafkaDirectory = Files.createTempDirectory("yanzhen-kafka-");
            KafkaClusterTestKit kafka = startKafka(kafkaDirectory);
            PostgresBinaries.zonkyDefault().removeUnfinishedExtractions();
            // A test database needs no durability across a power cut: commits skip the disk flush, which
            // otherwise dominates every consumed record's transaction on slow disks.
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("fsync", "off")
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> close(kafka, kafkaDirectory, postgres),
                    "yanzhen-test-servers"));
            return new Endpoints(kafka.bootstrapServers(), postgres.getJdbcUrl("postgres", "postgres"),
                    "postgres", "postgres", "embedded Kafka KRaft broker and embedded PostgreSQL");
        } catch (Exception e) {
            throw new IllegalStateException("could not start the embedded Kafka broker and PostgreSQL", e);
        }
    }

    /**
     * The broker's files live in a directory of ours: the test kit's own temporary directories are deleted
     * by a shutdown hook of their own, which can race the broker's shutdown and fail the test JVM's exit.
     */
    private static KafkaClusterTestKit startKafka(Path directory) throws Exception {
        TestKitNodes nodes = new TestKitNodes.Builder()
                .setBaseDirectory(directory)
                .setCombined(true)
                .setNumBrokerNodes(1)
                .setNumControllerNodes(1)
                .build();
        KafkaClusterTestKit kafka = new KafkaClusterTestKit.Builder(nodes)
                .setConfigProp("offsets.topic.replication.factor", "1")
                .setConfigProp("offsets.topic.num.partitions", "3")
                .setConfigProp("transaction.state.log.replication.factor", "1")
                .setConfigProp("transaction.state.log.min.isr", "1")
                .setConfigProp("group.initial.rebalance.delay.ms", "0")
                .setConfigProp("auto.create.topics.enable", "false")
                .build();
        kafka.format();
        kafka.startup();
        kafka.waitForReadyBrokers();
        return kafka;
    }

    private static void close(KafkaClusterTestKit kafka, Path kafkaDirectory, EmbeddedPostgres postgres) {
        try {
            kafka.close();
            deleteRecursively(kafkaDirectory);
        } catch (Exception e) {
            LOG.warn("closing the embedded Kafka broker failed", e);
        }
        try {
            postgres.close();
        } catch (IOException e) {
            LOG.warn("closing the embedded PostgreSQL failed", e);
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
