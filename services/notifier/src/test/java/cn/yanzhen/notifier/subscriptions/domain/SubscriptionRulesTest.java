package cn.yanzhen.notifier.subscriptions.domain;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yanzhen.contracts.alert.Alert.AlertCode;
import cn.yanzhen.contracts.reference.RegionDirectory;
import cn.yanzhen.contracts.reference.Zone;
import cn.yanzhen.platform.validation.Violations;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class SubscriptionRulesTest {

    private static final RegionDirectory REGIONS = RegionDirectory.load();
    private final SubscriptionRules rules = new SubscriptionRules(REGIONS);

    @Test
    void aRegionCoversWhatLiesInsideItAndNothingElse() {
        Subscription guangxi = subscription("450000", null, null, "08:30");
        assertThat(guangxi.wants(AlertCode.OVERDUE_COMMENCEMENT, AlertPlace.ofProject("450100", "EV", "3825"), REGIONS))
                .isTrue();
        assertThat(guangxi.wants(AlertCode.MISSED_REPORT, AlertPlace.ofProject("450100", "EV", "3825"), REGIONS))
                .as("a code it did not ask for").isFalse();
        assertThat(guangxi.wants(AlertCode.OVERDUE_COMMENCEMENT, AlertPlace.ofProject("440300", "EV", "3825"), REGIONS))
                .isFalse();
        assertThat(guangxi.wants(AlertCode.OVERDUE_COMMENCEMENT, AlertPlace.ofZone(Zone.WEST, "382"), REGIONS))
                .as("competition in its zone").isTrue();
        assertThat(guangxi.wants(AlertCode.OVERDUE_COMMENCEMENT, AlertPlace.nowhere(), REGIONS)).isFalse();
    }

    @Test
    void anEventAndAnIndustryNarrowTheScope() {
        Subscription narrow = subscription("450100", "EV-1", "38", null);
        assertThat(narrow.wants(AlertCode.OVERDUE_COMMENCEMENT, AlertPlace.ofProject("450100", "EV-1", "3825"), REGIONS))
                .isTrue();
        assertThat(narrow.wants(AlertCode.OVERDUE_COMMENCEMENT, AlertPlace.ofProject("450100", "EV-2", "3825"), REGIONS))
                .isFalse();
        assertThat(narrow.wants(AlertCode.OVERDUE_COMMENCEMENT, AlertPlace.ofProject("450100", "EV-1", "3670"), REGIONS))
                .isFalse();
    }

    @Test
    void aDigestIsSentAtItsNextTimeInBeijing() {
        Subscription digest = subscription("450000", null, null, "08:30");
        assertThat(digest.sendingTimeFor(beijing(LocalDateTime.of(2026, 1, 5, 8, 0))))
                .isEqualTo(beijing(LocalDateTime.of(2026, 1, 5, 8, 30)));
        assertThat(digest.sendingTimeFor(beijing(LocalDateTime.of(2026, 1, 5, 8, 30))))
                .isEqualTo(beijing(LocalDateTime.of(2026, 1, 6, 8, 30)));
        Instant now = Instant.parse("2026-01-05T00:00:00Z");
        assertThat(subscription("450000", null, null, null).sendingTimeFor(now)).isEqualTo(now);
    }

    @Test
    void eachBadFieldIsNamed() {
        Violations violations = new Violations();
        assertThat(rules.check(new SubscriptionDraft(List.of("NOPE"), "123456", "'; drop table x; --", "C3", "WEBHOOK",
                "ftp://x", null, "fr", "8:30"), violations)).isEmpty();
        assertThat(violations.all()).extracting(Violations.Violation::field)
                .containsExactlyInAnyOrder("alertCodes", "regionCode", "eventCode", "industryCode", "target", "secret",
                        "language", "digestAt");
    }

    private Subscription subscription(String region, String event, String industry, String digestAt) {
        Violations violations = new Violations();
        Subscription subscription = rules.check(new SubscriptionDraft(List.of("OVERDUE_COMMENCEMENT"), region, event,
                industry, "EMAIL", "office@example.test", null, null, digestAt), violations).orElseThrow();
        assertThat(violations.isEmpty()).isTrue();
        return subscription;
    }

    private static Instant beijing(LocalDateTime time) {
        return time.atZone(Subscription.CHINA).toInstant();
    }
}
