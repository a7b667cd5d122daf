package cn.yanzhen.system;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Three Apache Kafka brokers as processes of their own, each also a KRaft controller: every topic on all
 * three, a write acknowledged once two have it (min.insync.replicas=2), so one broker may be killed
 * without a write being lost or refused.
 */
final class KafkaCluster implements AutoCloseable {

    static final int BROKERS = 3;

    private final List<KafkaProcess> brokers;

    private KafkaCluster(List<KafkaProcess> brokers) {
        this.brokers = brokers;
    }

    static KafkaCluster start() throws Exception {
        List<KafkaProcess> nodes = new ArrayList<>();
        for (int node = 1; node <= BROKERS; node++) {
            nodes.add(KafkaProcess.node(node));
        }
        KafkaCluster cluster = new KafkaCluster(nodes);
        String voters = nodes.stream().map(KafkaProcess::voter).collect(Collectors.joining(","));
        String clusterId = KafkaProcess.clusterId();
        for (KafkaProcess node : nodes) {
            node.format(clusterId, voters, BROKERS);
        }
        // all at once: each node's controller waits for a quorum of the others before its broker listens
        for (KafkaProcess node : nodes) {
            node.launch();
        }
        for (KafkaProcess node : nodes) {
            node.awaitListening();
        }
        return cluster;
    }

    String bootstrap() {
        return brokers.stream().map(KafkaProcess::bootstrap).collect(Collectors.joining(","));
    }

    /** Broker 1, 2 or 3. */
    KafkaProcess broker(int node) {
        return brokers.get(node - 1);
    }

    @Override
    public void close() throws Exception {
        brokers.forEach(KafkaProcess::requestStop);
        for (KafkaProcess broker : brokers) {
            broker.close();
        }
    }
}
