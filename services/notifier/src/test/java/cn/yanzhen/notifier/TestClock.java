package cn.yanzhen.notifier;

import cn.yanzhen.platform.testing.SettableClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** The notifier's clock in tests (it replaces the platform's): a test sets the time instead of waiting for it. */
@ApplicationScoped
public class TestClock {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final SettableClock CLOCK =
            new SettableClock(LocalDateTime.of(2026, 1, 5, 9, 0).atZone(CHINA).toInstant(), CHINA);

    /** Sets the time, as Beijing's wall clock reads it. */
    public static void setTo(LocalDateTime beijingTime) {
        CLOCK.setTo(beijingTime.atZone(CHINA).toInstant());
    }

    public static void advance(Duration by) {
        CLOCK.advance(by);
    }

    public static Instant current() {
        return CLOCK.instant();
    }

    @Produces
    @Singleton
    Clock clock() {
        return CLOCK;
    }
}
