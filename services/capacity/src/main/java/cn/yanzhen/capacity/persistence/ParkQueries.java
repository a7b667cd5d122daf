package cn.yanzhen.capacity.persistence;

import cn.yanzhen.capacity.domain.ParkLand;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads of parks and the land the matched signings hold in them. */
@ApplicationScoped
public class ParkQueries {

    private final EntityManager entityManager;

    ParkQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public Optional<ParkEntity> park(String parkCode) {
        return Optional.ofNullable(entityManager.find(ParkEntity.class, parkCode));
    }

    public ParkLand land(ParkEntity park) {
        return land(List.of(park)).get(park.parkCode);
    }

    /** The land of each of these parks: available, and what active reservations hold there. */
    public Map<String, ParkLand> land(Collection<ParkEntity> parks) {
        Map<String, ParkLand> land = new HashMap<>();
        parks.forEach(park -> land.put(park.parkCode, ParkLand.of(park.availableLandMu, 0, 0)));
        if (parks.isEmpty()) {
            return land;
        }
        entityManager.createQuery("select r.parkCode, sum(r.landHa), count(r) from ReservationEntity r"
                        + " where r.releasedAt is null and r.parkCode in :codes group by r.parkCode", Object[].class)
                .setParameter("codes", land.keySet())
                .getResultList()
                .forEach(row -> land.computeIfPresent((String) row[0], (code, held) -> ParkLand.of(held.availableMu(),
                        ((Number) row[1]).doubleValue(), ((Number) row[2]).longValue())));
        return land;
    }
}
