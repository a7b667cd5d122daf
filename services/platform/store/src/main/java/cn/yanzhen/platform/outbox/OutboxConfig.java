package cn.yanzhen.platform.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "yanzhen.outbox")
public interface OutboxConfig {

    /** The CloudEvents source of this service's events, e.g. {@code /yanzhen/intake}. */
    String source();

    Relay relay();

    interface Relay {
        /** Off only for tests that must stop between the commit and the publish. */
        @WithDefault("true")
        boolean enabled();

        /** How many events one round reads, sends and marks sent. */
        @WithDefault("2000")
        int batchSize();

        /** The longest the relay sleeps when nothing wakes it (a commit of this process does). */
        @WithDefault("500ms")
        Duration pollInterval();

        /**
         * Readiness turns DOWN once the oldest event waiting to be published has waited longer than this:
         * the relay is stuck (no broker, no lead) and the service's writes are not reaching anyone.
         */
        @WithDefault("2m")
        Duration maxUnsentAge();

        /** How long published events are kept for inspection before they are deleted (parked ones stay). */
        @WithDefault("7d")
        Duration retention();
    }
}
