package cn.yanzhen.notifier.subscriptions.application;

import cn.yanzhen.notifier.subscriptions.domain.Subscription;
import cn.yanzhen.notifier.subscriptions.persistence.SubscriptionEntity;
import cn.yanzhen.notifier.subscriptions.persistence.SubscriptionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The subscriptions as they stand, for routing alerts and for the API. */
@ApplicationScoped
public class SubscriptionDirectory {

    private final SubscriptionRepository subscriptions;

    SubscriptionDirectory(SubscriptionRepository subscriptions) {
        this.subscriptions = subscriptions;
    }

    @Transactional
    public List<Subscription> all() {
        return subscriptions.all().stream().map(SubscriptionEntity::toSubscription).toList();
    }

    @Transactional
    public List<SubscriptionEntity> entries() {
        return subscriptions.all();
    }

    @Transactional
    public Optional<SubscriptionEntity> entry(UUID id) {
        return subscriptions.find(id);
    }

    @Transactional
    public Optional<Subscription> find(UUID id) {
        return subscriptions.find(id).map(SubscriptionEntity::toSubscription);
    }
}
