package cn.yanzhen.notifier;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** The notifier's clock in tests (it replaces the platform's): a test sets the time instead of waiting for it. */
@Singleton
public class TestClock extends Clock {

    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static volatile Instant now = LocalDateTime.of(2026, 1, 5, 9, 0).atZone(CHINA).toInstant();

    /** Sets the time, as Beijing's wall clock reads it. */
    public static void setTo(LocalDateTime beijingTime) {
        now = beijingTime.atZone(CHINA).toInstant();
    }

    public static void advance(Duration by) {
        now = now.plus(by);
    }

    public static Instant current() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return CHINA;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
