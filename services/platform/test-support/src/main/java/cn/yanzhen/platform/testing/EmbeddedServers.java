package cn.yanzhen.platform.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
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
            KafkaClusterTestKit kafka = startKafka();
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> close(kafka, postgres), "yanzhen-test-servers"));
            return new Endpoints(kafka.bootstrapServers(), postgres.getJdbcUrl("postgres", "postgres"),
                    "postgres", "postgres", "embedded Kafka KRaft broker and embedded PostgreSQL");
        } catch (Exception e) {
            throw new IllegalStateException("could not start the embedded Kafka broker and PostgreSQL", e);
        }
    }

    private static KafkaClusterTestKit startKafka() throws Exception {
        TestKitNodes nodes = new TestKitNodes.Builder()
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

    private static void close(KafkaClusterTestKit kafka, EmbeddedPostgres postgres) {
        try {
            kafka.close();
        } catch (Exception e) {
            LOG.warn("closing the embedded Kafka broker failed", e);
        }
        try {
            postgres.close();
        } catch (IOException e) {
            LOG.warn("closing the embedded PostgreSQL failed", e);
        }
    }
}
