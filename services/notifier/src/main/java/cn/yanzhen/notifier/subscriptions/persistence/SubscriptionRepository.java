package cn.yanzhen.notifier.subscriptions.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class SubscriptionRepository {

    private final EntityManager entityManager;

    SubscriptionRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void add(SubscriptionEntity subscription) {
        entityManager.persist(subscription);
    }

    public Optional<SubscriptionEntity> find(UUID id) {
        return Optional.ofNullable(entityManager.find(SubscriptionEntity.class, id));
    }

    public void remove(SubscriptionEntity subscription) {
        entityManager.remove(subscription);
    }

    /** Every subscription, oldest first (a few hundred at most: one per office, channel and need). */
    public List<SubscriptionEntity> all() {
        return entityManager.createQuery("from SubscriptionEntity order by createdAt, id", SubscriptionEntity.class)
                .getResultList();
    }
}
