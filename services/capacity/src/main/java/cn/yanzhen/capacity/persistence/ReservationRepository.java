package cn.yanzhen.capacity.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Reservations and the withdrawn signings that may hold none, as the consumed events change them. */
@ApplicationScoped
public class ReservationRepository {

    private final EntityManager entityManager;

    ReservationRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The reservations of these signings that exist, locked for update, by signing id. */
    public Map<UUID, ReservationEntity> lockAll(Collection<UUID> signingIds) {
        Map<UUID, ReservationEntity> found = new HashMap<>();
        entityManager.createQuery("from ReservationEntity where signingId in :ids", ReservationEntity.class)
                .setParameter("ids", signingIds)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList()
                .forEach(reservation -> found.put(reservation.signingId, reservation));
        return found;
    }

    public void add(ReservationEntity reservation) {
        entityManager.persist(reservation);
    }

    /** Those of these signings that were withdrawn. */
    public Set<UUID> withdrawnAmong(Collection<UUID> signingIds) {
        return new HashSet<>(entityManager.createQuery("select w.signingId from WithdrawnSigningEntity w"
                        + " where w.signingId in :ids", UUID.class)
                .setParameter("ids", signingIds)
                .getResultList());
    }

    public void addWithdrawn(UUID signingId, Instant withdrawnAt) {
        WithdrawnSigningEntity withdrawn = new WithdrawnSigningEntity();
        withdrawn.signingId = signingId;
        withdrawn.withdrawnAt = withdrawnAt;
        entityManager.persist(withdrawn);
    }
}
