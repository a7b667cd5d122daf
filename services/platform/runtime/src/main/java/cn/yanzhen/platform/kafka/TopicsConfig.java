package cn.yanzhen.platform.kafka;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "yanzhen.topics")
public interface TopicsConfig {

    /** Create missing topics of the contract (and their dead-letter topics) at start-up. */
    @WithDefault("true")
    boolean provision();

    @WithDefault("6")
    int partitions();

    @WithDefault("1")
    short replicationFactor();

    /** How long start-up waits for the broker before giving up. */
    @WithDefault("60s")
    Duration brokerWait();
}
