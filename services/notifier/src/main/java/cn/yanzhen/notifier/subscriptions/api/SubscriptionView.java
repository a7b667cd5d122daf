package cn.yanzhen.notifier.subscriptions.api;

import cn.yanzhen.notifier.subscriptions.persistence.SubscriptionEntity;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A subscription as the API shows it: everything but its secret. */
public record SubscriptionView(UUID id, List<String> alertCodes, String regionCode, String eventCode,
                               String industryCode, String channel, String target, boolean signed, String language,
                               String digestAt, String createdBy, Instant createdAt) {

    static SubscriptionView of(SubscriptionEntity entity) {
        return new SubscriptionView(entity.id, List.of(entity.alertCodes), entity.regionCode, entity.eventCode,
                entity.industryCode, entity.channel, entity.target, entity.secret != null,
                entity.language.toLowerCase(), entity.digestAt == null ? null : entity.digestAt.toString(),
                entity.createdBy, entity.createdAt);
    }
}
