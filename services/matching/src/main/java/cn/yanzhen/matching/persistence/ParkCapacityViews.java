package cn.yanzhen.matching.persistence;

import cn.yanzhen.contracts.capacity.ParkCapacity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Matching's copy of the latest land snapshot of every park capacity published. */
@ApplicationScoped
public class ParkCapacityViews {

    private final EntityManager entityManager;

    ParkCapacityViews(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Keeps the snapshot unless a later version of the park is already stored. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void save(ParkCapacity snapshot) {
        ParkCapacityViewEntity view = entityManager.find(ParkCapacityViewEntity.class, snapshot.parkCode());
        if (view == null) {
            view = new ParkCapacityViewEntity();
            view.take(snapshot);
            entityManager.persist(view);
        } else if (view.version < snapshot.version()) {
            view.take(snapshot);
        }
    }

    /** The snapshots of those of these parks that matching has, by code. */
    public Map<String, ParkCapacity> of(Collection<String> parkCodes) {
        Collection<String> wanted = parkCodes.stream().filter(Objects::nonNull).collect(Collectors.toSet());
        if (wanted.isEmpty()) {
            return Map.of();
        }
        return entityManager.createQuery("from ParkCapacityViewEntity where parkCode in :codes",
                        ParkCapacityViewEntity.class)
                .setParameter("codes", wanted)
                .getResultStream()
                .map(ParkCapacityViewEntity::toSnapshot)
                .collect(Collectors.toMap(ParkCapacity::parkCode, Function.identity()));
    }
}
