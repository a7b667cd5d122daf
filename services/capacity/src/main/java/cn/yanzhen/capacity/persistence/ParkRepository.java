package cn.yanzhen.capacity.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.UUID;

/** Parks and the parks signings name, as the consumed events change them. */
@ApplicationScoped
public class ParkRepository {

    private final EntityManager entityManager;

    ParkRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The parks of these codes that are stored, locked in code order (the order every transaction uses). */
    public List<ParkEntity> lockAll(SortedSet<String> parkCodes) {
        if (parkCodes.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery("from ParkEntity where parkCode in :codes order by parkCode", ParkEntity.class)
                .setParameter("codes", parkCodes)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }

    public void add(ParkEntity park) {
        entityManager.persist(park);
    }

    /** The park each of these signings names, for those that name one. */
    public Map<UUID, String> parksOf(Collection<UUID> signingIds) {
        Map<UUID, String> parks = new HashMap<>();
        entityManager.createQuery("from SigningParkEntity where signingId in :ids", SigningParkEntity.class)
                .setParameter("ids", signingIds)
                .getResultStream()
                .forEach(named -> parks.put(named.signingId, named.parkCode));
        return parks;
    }

    public void addSigningParks(Map<UUID, String> parks) {
        parks.forEach((signingId, parkCode) -> entityManager.persist(SigningParkEntity.of(signingId, parkCode)));
    }

    /** Writes pending changes, so that the sums read next include them. */
    public void flush() {
        entityManager.flush();
    }
}
