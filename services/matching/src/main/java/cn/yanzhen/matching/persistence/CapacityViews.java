package cn.yanzhen.matching.persistence;

import cn.yanzhen.contracts.capacity.RegionCapacity;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.Map;

/** Matching's copy of the latest capacity snapshot of every profiled region. */
@ApplicationScoped
public class CapacityViews {

    private final EntityManager entityManager;
    private final ObjectMapper json;

    CapacityViews(EntityManager entityManager, ObjectMapper json) {
        this.entityManager = entityManager;
        this.json = json;
    }

    /** Keeps the snapshot unless a newer one of the region is already stored. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void save(RegionCapacity snapshot) {
        CapacityViewEntity view = entityManager.find(CapacityViewEntity.class, snapshot.regionCode());
        if (view != null && view.updatedAt.isAfter(snapshot.updatedAt())) {
            return;
        }
        boolean known = view != null;
        if (!known) {
            view = new CapacityViewEntity();
            view.regionCode = snapshot.regionCode();
        }
        view.snapshot = write(snapshot);
        view.updatedAt = snapshot.updatedAt();
        if (!known) {
            entityManager.persist(view);
        }
    }

    public Map<String, RegionCapacity> all() {
        Map<String, RegionCapacity> snapshots = new HashMap<>();
        entityManager.createQuery("from CapacityViewEntity", CapacityViewEntity.class).getResultStream()
                .forEach(view -> snapshots.put(view.regionCode, read(view.snapshot)));
        return snapshots;
    }

    private String write(RegionCapacity snapshot) {
        try {
            return json.writeValueAsString(snapshot);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private RegionCapacity read(String snapshot) {
        try {
            return json.readValue(snapshot, RegionCapacity.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored capacity snapshot is unreadable", e);
        }
    }
}
