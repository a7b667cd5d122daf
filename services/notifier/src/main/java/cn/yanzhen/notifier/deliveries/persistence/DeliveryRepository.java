package cn.yanzhen.notifier.deliveries.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class DeliveryRepository {

    private final EntityManager entityManager;

    DeliveryRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Owes the subscription a message for the alert, due at {@code dueAt}; nothing when it is owed already. */
    public void owe(String alertId, UUID subscriptionId, Instant dueAt) {
        entityManager.createNativeQuery("insert into delivery (alert_id, subscription_id, status, next_attempt_at)"
                        + " values (?1, ?2, 'PENDING', ?3) on conflict (alert_id, subscription_id) do nothing")
                .setParameter(1, alertId).setParameter(2, subscriptionId).setParameter(3, dueAt)
                .executeUpdate();
    }

    /** Pending deliveries due by {@code now}, locked, passing over those another sender holds. */
    public List<DeliveryEntity> lockDue(Instant now, int limit) {
        @SuppressWarnings("unchecked")
        List<DeliveryEntity> due = entityManager.createNativeQuery("select * from delivery where status = 'PENDING'"
                        + " and next_attempt_at <= ?1 order by subscription_id, next_attempt_at, id limit ?2"
                        + " for update skip locked", DeliveryEntity.class)
                .setParameter(1, now).setParameter(2, limit)
                .getResultList();
        return due;
    }

    public List<DeliveryEntity> lockAll(Collection<Long> ids) {
        return entityManager.createQuery("from DeliveryEntity where id in :ids order by id", DeliveryEntity.class)
                .setParameter("ids", ids).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    public void addAttempt(AttemptEntity attempt) {
        entityManager.persist(attempt);
    }

    public List<DeliveryEntity> ofAlert(String alertId) {
        return entityManager.createQuery("from DeliveryEntity where alertId = :alertId order by id", DeliveryEntity.class)
                .setParameter("alertId", alertId).getResultList();
    }

    public List<AttemptEntity> attemptsOf(Collection<Long> deliveryIds) {
        if (deliveryIds.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery("from AttemptEntity where deliveryId in :ids order by id", AttemptEntity.class)
                .setParameter("ids", deliveryIds).getResultList();
    }
}
