package cn.yanzhen.tracking.figures.persistence;

import cn.yanzhen.contracts.capacity.RegionCapacity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Tracking's copy of the green power share of every region with a capacity profile, from yanzhen.region-capacity. */
@ApplicationScoped
public class GreenPowerShares {

    private final EntityManager entityManager;

    GreenPowerShares(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Keeps the snapshot's share unless a newer snapshot of the region is already kept; whether the kept share changed.
     * A snapshot without a profile leaves the region without a share.
     */
    public boolean keep(RegionCapacity snapshot) {
        List<?> kept = entityManager.createNativeQuery("select green_power_share, updated_at from region_green_power"
                + " where region_code = ?1 for update").setParameter(1, snapshot.regionCode()).getResultList();
        Double before = kept.isEmpty() ? null : ((Number) ((Object[]) kept.get(0))[0]).doubleValue();
        if (!kept.isEmpty() && SqlTimes.instant(((Object[]) kept.get(0))[1]).isAfter(snapshot.updatedAt())) {
            return false;
        }
        if (snapshot.profile() == null) {
            entityManager.createNativeQuery("delete from region_green_power where region_code = ?1")
                    .setParameter(1, snapshot.regionCode()).executeUpdate();
            return before != null;
        }
        double after = snapshot.profile().greenPowerShare();
        entityManager.createNativeQuery("insert into region_green_power (region_code, green_power_share, updated_at)"
                        + " values (?1, ?2, ?3) on conflict (region_code) do update set"
                        + " green_power_share = excluded.green_power_share, updated_at = excluded.updated_at")
                .setParameter(1, snapshot.regionCode()).setParameter(2, after)
                .setParameter(3, Timestamp.from(snapshot.updatedAt())).executeUpdate();
        return before == null || before != after;
    }

    public Map<String, Double> all() {
        Map<String, Double> shares = new HashMap<>();
        List<?> rows = entityManager.createNativeQuery("select region_code, green_power_share from region_green_power")
                .getResultList();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            shares.put((String) columns[0], ((Number) columns[1]).doubleValue());
        }
        return shares;
    }
}
