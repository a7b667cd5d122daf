package cn.yanzhen.platform.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Remembers which CloudEvents a consumer has applied, in the same transaction as the effect: a
 * redelivered record finds its id already there and is skipped.
 */
@ApplicationScoped
public class IdempotentConsumer {

    private final EntityManager entityManager;

    IdempotentConsumer(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** True the first time this consumer sees the event id; false for every redelivery. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(String consumer, String eventId) {
        int inserted = entityManager.createNativeQuery(
                        "insert into processed_message (consumer, event_id) values (?1, ?2) on conflict do nothing")
                .setParameter(1, consumer)
                .setParameter(2, eventId)
                .executeUpdate();
        return inserted == 1;
    }
}
