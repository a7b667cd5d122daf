package cn.yanzhen.tracking.projects.persistence;

import cn.yanzhen.contracts.tracking.ProjectProgressed.ProjectStatus;
import cn.yanzhen.platform.api.Page;
import cn.yanzhen.tracking.projects.domain.RaisedAlert;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads of projects, their reports and their alerts. */
@ApplicationScoped
public class ProjectQueries {

    private final EntityManager entityManager;

    ProjectQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Filters of a listing; null means any. */
    public record Filter(String eventCode, Collection<String> destinations, ProjectStatus status, Boolean overdue) {
    }

    public Optional<ProjectEntity> find(UUID signingId) {
        return Optional.ofNullable(entityManager.find(ProjectEntity.class, signingId));
    }

    /** The projects, by destination then signing id. */
    public List<ProjectEntity> byIds(Collection<UUID> signingIds) {
        if (signingIds.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery("from ProjectEntity where signingId in :ids order by destinationRegion,"
                + " signingId", ProjectEntity.class).setParameter("ids", signingIds).getResultList();
    }

    public List<ReportEntity> reports(UUID signingId) {
        return entityManager.createQuery("from ReportEntity where signingId = :id order by reportedAt, received",
                ReportEntity.class).setParameter("id", signingId).getResultList();
    }

    /** The reports of these ids that exist. */
    public List<ReportEntity> reportsByIds(Collection<String> reportIds) {
        if (reportIds.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery("from ReportEntity where reportId in :ids", ReportEntity.class)
                .setParameter("ids", reportIds).getResultList();
    }

    /** The alerts it raised, each once per code and occasion, in no particular order. */
    public List<RaisedAlert> alerts(UUID signingId) {
        List<?> rows = entityManager.createNativeQuery("select code, raised_at, detail from project_alert"
                + " where signing_id = ?1").setParameter(1, signingId).getResultList();
        return rows.stream().map(row -> (Object[]) row)
                .map(row -> new RaisedAlert((String) row[0], toInstant(row[1]), (String) row[2])).toList();
    }

    public Page<ProjectEntity> page(Filter filter, int page, int size) {
        String where = " where 1 = 1"
                + (filter.eventCode() == null ? "" : " and eventCode = :event")
                + (filter.destinations() == null ? "" : " and destinationRegion in :destinations")
                + (filter.status() == null ? "" : " and status = :status")
                + (filter.overdue() == null ? "" : " and overdue = :overdue");
        TypedQuery<ProjectEntity> items = entityManager.createQuery("from ProjectEntity" + where
                + " order by registeredAt, signingId", ProjectEntity.class);
        TypedQuery<Long> count = entityManager.createQuery("select count(p) from ProjectEntity p" + where, Long.class);
        for (TypedQuery<?> query : List.of(items, count)) {
            if (filter.eventCode() != null) {
                query.setParameter("event", filter.eventCode());
            }
            if (filter.destinations() != null) {
                query.setParameter("destinations", filter.destinations());
            }
            if (filter.status() != null) {
                query.setParameter("status", filter.status());
            }
            if (filter.overdue() != null) {
                query.setParameter("overdue", filter.overdue());
            }
        }
        return new Page<>(items.setFirstResult(page * size).setMaxResults(size).getResultList(), page, size,
                count.getSingleResult());
    }

    private static Instant toInstant(Object value) {
        return value instanceof Instant instant ? instant : ((java.sql.Timestamp) value).toInstant();
    }
}
