package cn.yanzhen.tracking;

import cn.yanzhen.platform.testing.SettableClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** The service's clock in tests: tests move it to a day instead of waiting for it. */
@ApplicationScoped
public class MovableClock {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final SettableClock CLOCK =
            new SettableClock(LocalDate.of(2026, 1, 1).atStartOfDay(CHINA).toInstant(), CHINA);

    public static void moveTo(LocalDate day) {
        CLOCK.setTo(day.atTime(12, 0).atZone(CHINA).toInstant());
    }

    public static LocalDate today() {
        return LocalDate.now(CLOCK);
    }

    @Produces
    @Singleton
    Clock clock() {
        return CLOCK;
    }
}
