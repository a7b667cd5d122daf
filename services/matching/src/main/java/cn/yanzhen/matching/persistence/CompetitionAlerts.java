package cn.yanzhen.matching.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;

/** Zone and 3-digit group pairs whose HOMOGENEOUS_COMPETITION alert was raised, once each. */
@ApplicationScoped
public class CompetitionAlerts {

    private final EntityManager entityManager;

    CompetitionAlerts(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Records the pair; false when its alert was raised before. */
    public boolean recordOnce(String zone, String industryGroup, Instant at) {
        return entityManager.createNativeQuery("insert into competition_alert (zone, industry_group, raised_at)"
                        + " values (?1, ?2, ?3) on conflict do nothing")
                .setParameter(1, zone)
                .setParameter(2, industryGroup)
                .setParameter(3, at)
                .executeUpdate() == 1;
    }
}
