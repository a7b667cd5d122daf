package cn.yanzhen.notifier.subscriptions.domain;

import cn.yanzhen.contracts.alert.Alert.AlertCode;
import cn.yanzhen.contracts.alert.AlertTexts.Language;
import cn.yanzhen.contracts.reference.RegionDirectory;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;
import java.util.UUID;

/**
 * Who gets which alerts of which scope, by which channel, in which language; at once, or all of a
 * day's together at {@code digestAt} (Asia/Shanghai) when it is set.
 */
public record Subscription(UUID id, Scope scope, Set<AlertCode> codes, Channel channel, String target, String secret,
                           Language language, LocalTime digestAt) {

    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    public Subscription {
        codes = Set.copyOf(codes);
    }

    public boolean wants(AlertCode code, AlertPlace place, RegionDirectory regions) {
        return codes.contains(code) && scope.covers(place, regions);
    }

    public boolean isDigest() {
        return digestAt != null;
    }

    /** When an alert raised at {@code now} is to be sent: now, or at the next digest time after it. */
    public Instant sendingTimeFor(Instant now) {
        if (!isDigest()) {
            return now;
        }
        ZonedDateTime local = now.atZone(CHINA);
        ZonedDateTime sameDay = local.toLocalDate().atTime(digestAt).atZone(CHINA);
        return (sameDay.isAfter(local) ? sameDay : sameDay.plusDays(1)).toInstant();
    }
}
