package cn.yanzhen.platform.deadletters;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Which dead letters this service has replayed, by their place on the dead-letter topic. */
@ApplicationScoped
public class ReplayedDeadLetters {

    private final EntityManager entityManager;

    ReplayedDeadLetters(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional
    Set<DeadLetter.Position> of(String dlq) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(
                        "select dlq_partition, dlq_offset from dead_letter_replay where dlq = ?1")
                .setParameter(1, dlq).getResultList();
        Set<DeadLetter.Position> replayed = new HashSet<>();
        for (Object[] row : rows) {
            replayed.add(new DeadLetter.Position(((Number) row[0]).intValue(), ((Number) row[1]).longValue()));
        }
        return replayed;
    }

    /**
     * Records the dead letter as replayed; false when it already was. A second replayer of the same letter
     * waits here for the first one's transaction, then finds it taken.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    boolean claim(DeadLetter letter) {
        return entityManager.createNativeQuery("insert into dead_letter_replay (dlq, dlq_partition, dlq_offset, event_id)"
                        + " values (?1, ?2, ?3, ?4) on conflict do nothing")
                .setParameter(1, letter.dlq()).setParameter(2, letter.record().partition())
                .setParameter(3, letter.record().offset()).setParameter(4, letter.eventId())
                .executeUpdate() == 1;
    }
}
