package cn.yanzhen.notifier.deliveries.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private static final Instant NOW = Instant.parse("2026-01-05T00:00:00Z");
    private final Backoff backoff = new Backoff(Duration.ofSeconds(30), Duration.ofMinutes(10), 8);

    @Test
    void theWaitDoublesUpToTheLongestThenTheDeliveryIsGivenUp() {
        assertThat(backoff.nextAttempt(1, NOW)).contains(NOW.plusSeconds(30));
        assertThat(backoff.nextAttempt(2, NOW)).contains(NOW.plusSeconds(60));
        assertThat(backoff.nextAttempt(5, NOW)).contains(NOW.plusSeconds(480));
        assertThat(backoff.nextAttempt(7, NOW)).contains(NOW.plus(Duration.ofMinutes(10)));
        assertThat(backoff.nextAttempt(8, NOW)).isEmpty();
    }
}
