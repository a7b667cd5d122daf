package cn.yanzhen.tracking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The service's clock in tests: tests move it to a day instead of waiting for it. */
@ApplicationScoped
public class MovableClock {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static volatile Instant now = LocalDate.of(2026, 1, 1).atStartOfDay(CHINA).toInstant();

    public static void moveTo(LocalDate day) {
        now = day.atTime(12, 0).atZone(CHINA).toInstant();
    }

    public static LocalDate today() {
        return LocalDate.ofInstant(now, CHINA);
    }

    @Produces
    @Singleton
    Clock clock() {
        return new Clock() {
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
        };
    }
}
