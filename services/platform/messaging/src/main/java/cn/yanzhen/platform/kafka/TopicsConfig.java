package cn.yanzhen.platform.kafka;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

@ConfigMapping(prefix = "yanzhen.topics")
public interface TopicsConfig {

    /** Create missing topics of the contract (and their dead-letter topics) at start-up. */
    @WithDefault("true")
    boolean provision();

    @WithDefault("6")
    int partitions();

    /**
     * Copies of each topic; unset, the broker's {@code default.replication.factor} (1 on a single broker, 3 on
     * the local stack's three-broker cluster), so a service never creates topics less replicated than its
     * cluster intends.
     */
    Optional<Short> replicationFactor();

    /** How long start-up waits for the broker before giving up. */
    @WithDefault("60s")
    Duration brokerWait();
}
