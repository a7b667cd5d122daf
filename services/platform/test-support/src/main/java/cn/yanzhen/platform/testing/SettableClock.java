package cn.yanzhen.platform.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A clock a test sets or moves on instead of waiting for time to pass; a service's test produces it as its Clock. */
public final class SettableClock extends Clock {

    private final ZoneId zone;
    private volatile Instant now;

    public SettableClock(Instant start, ZoneId zone) {
        this.now = start;
        this.zone = zone;
    }

    public void setTo(Instant instant) {
        now = instant;
    }

    public void advance(Duration by) {
        now = now.plus(by);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
