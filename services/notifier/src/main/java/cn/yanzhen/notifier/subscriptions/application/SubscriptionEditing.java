package cn.yanzhen.notifier.subscriptions.application;

import cn.yanzhen.notifier.subscriptions.domain.Subscription;
import cn.yanzhen.notifier.subscriptions.persistence.SubscriptionEntity;
import cn.yanzhen.notifier.subscriptions.persistence.SubscriptionRepository;
import cn.yanzhen.platform.audit.AuditTrail;
import cn.yanzhen.platform.audit.AuditedChange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/** Subscriptions are added and removed, each change audited in its transaction; the secret never is. */
@ApplicationScoped
public class SubscriptionEditing {

    private final SubscriptionRepository subscriptions;
    private final AuditTrail audit;
    private final Clock clock;

    SubscriptionEditing(SubscriptionRepository subscriptions, AuditTrail audit, Clock clock) {
        this.subscriptions = subscriptions;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public SubscriptionEntity add(Subscription subscription, String createdBy) {
        SubscriptionEntity entity = SubscriptionEntity.of(subscription, createdBy, Instant.now(clock));
        subscriptions.add(entity);
        audit.record(AuditedChange.of("subscription.add", "subscription", entity.id).after(audited(entity)));
        return entity;
    }

    @Transactional
    public void remove(SubscriptionEntity subscription) {
        SubscriptionEntity attached = subscriptions.find(subscription.id).orElseThrow();
        subscriptions.remove(attached);
        audit.record(AuditedChange.of("subscription.remove", "subscription", attached.id).before(audited(attached)));
    }

    private static Map<String, Object> audited(SubscriptionEntity entity) {
        return Map.of("regionCode", String.valueOf(entity.regionCode), "alertCodes", entity.alertCodes,
                "channel", entity.channel, "target", entity.target);
    }
}
