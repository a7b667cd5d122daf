package cn.yanzhen.notifier.deliveries.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When to try a failed delivery again: after {@code first}, doubling with each failure up to
 * {@code longest}; never again once {@code maxAttempts} tries have failed.
 */
public record Backoff(Duration first, Duration longest, int maxAttempts) {

    /** The time of the next try after the {@code failedAttempts}-th failure at {@code now}; empty to give up. */
    public Optional<Instant> nextAttempt(int failedAttempts, Instant now) {
        if (failedAttempts >= maxAttempts) {
            return Optional.empty();
        }
        Duration delay = first;
        for (int i = 1; i < failedAttempts && delay.compareTo(longest) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return Optional.of(now.plus(delay.compareTo(longest) > 0 ? longest : delay));
    }
}
