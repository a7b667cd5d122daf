package cn.yanzhen.notifier.deliveries.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class AlertRepository {

    private final EntityManager entityManager;

    AlertRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void add(AlertEntity alert) {
        entityManager.persist(alert);
    }

    public Optional<AlertEntity> find(String alertId) {
        return Optional.ofNullable(entityManager.find(AlertEntity.class, alertId));
    }

    public Map<String, AlertEntity> findAll(Collection<String> alertIds) {
        if (alertIds.isEmpty()) {
            return Map.of();
        }
        return entityManager.createQuery("from AlertEntity where alertId in :ids", AlertEntity.class)
                .setParameter("ids", alertIds).getResultStream()
                .collect(Collectors.toMap(alert -> alert.alertId, Function.identity()));
    }

    /** Alerts about these subjects still waiting for their project to be known, oldest first. */
    public List<AlertEntity> unroutedAbout(Collection<String> subjects) {
        return entityManager.createQuery("from AlertEntity where not routed and subject in :subjects"
                        + " order by raisedAt, alertId", AlertEntity.class)
                .setParameter("subjects", subjects).getResultList();
    }
}
