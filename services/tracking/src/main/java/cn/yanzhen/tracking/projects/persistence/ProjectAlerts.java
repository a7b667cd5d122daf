package cn.yanzhen.tracking.projects.persistence;

import cn.yanzhen.contracts.alert.Alert;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.UUID;

/** The alerts raised per project, each code at most once per occasion. */
@ApplicationScoped
public class ProjectAlerts {

    private final EntityManager entityManager;

    ProjectAlerts(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Records the alert; false when the project already had one of this code for this occasion (empty for
     * codes raised once per project, a report's id for REPORT_REJECTED).
     */
    public boolean recordOnce(UUID signingId, Alert.AlertCode code, String occasion, String detail, Instant at) {
        return entityManager.createNativeQuery("insert into project_alert (signing_id, code, occasion, raised_at,"
                        + " detail) values (?1, ?2, ?3, ?4, ?5) on conflict do nothing")
                .setParameter(1, signingId)
                .setParameter(2, code.name())
                .setParameter(3, occasion)
                .setParameter(4, at)
                .setParameter(5, detail)
                .executeUpdate() == 1;
    }
}
