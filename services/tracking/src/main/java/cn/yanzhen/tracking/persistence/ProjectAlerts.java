package cn.yanzhen.tracking.persistence;

import cn.yanzhen.contracts.alert.Alert;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.UUID;

/** The alerts raised per project, each code at most once. */
@ApplicationScoped
public class ProjectAlerts {

    private final EntityManager entityManager;

    ProjectAlerts(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Records the alert; false when the project already had one of this code. */
    public boolean recordOnce(UUID signingId, Alert.AlertCode code, String detail, Instant at) {
        return entityManager.createNativeQuery("insert into project_alert (signing_id, code, raised_at, detail)"
                        + " values (?1, ?2, ?3, ?4) on conflict do nothing")
                .setParameter(1, signingId)
                .setParameter(2, code.name())
                .setParameter(3, at)
                .setParameter(4, detail)
                .executeUpdate() == 1;
    }
}
