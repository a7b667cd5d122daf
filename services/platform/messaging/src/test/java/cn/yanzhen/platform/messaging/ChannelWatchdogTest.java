package cn.yanzhen.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.reactive.messaging.health.HealthReport;
import org.junit.jupiter.api.Test;

class ChannelWatchdogTest {

    @Test
    void namesEveryChannelLivenessReportsDownWithItsReason() {
        HealthReport liveness = HealthReport.builder()
                .add("signings", true)
                .add("matches", false, "The record 2 from topic/partition 'yanzhen.matches-5' has waited for 61 seconds")
                .add("region-capacity", false, "consumer closed")
                .build();

        assertThat(ChannelWatchdog.failedChannels(liveness)).containsExactly(
                "matches: The record 2 from topic/partition 'yanzhen.matches-5' has waited for 61 seconds",
                "region-capacity: consumer closed");
    }

    @Test
    void aHealthyServiceHasNoFailedChannel() {
        HealthReport liveness = HealthReport.builder().add("signings", true).add("matches", true).build();

        assertThat(ChannelWatchdog.failedChannels(liveness)).isEmpty();
    }
}
