package cn.yanzhen.tracking.projects.persistence;

import cn.yanzhen.tracking.projects.domain.Report;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The progress reports accepted, by the client's report id; a verdict is taken with the row locked. */
@ApplicationScoped
public class Reports {

    private final EntityManager entityManager;

    Reports(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public Optional<ReportEntity> find(String reportId) {
        return Optional.ofNullable(entityManager.find(ReportEntity.class, reportId));
    }

    public Optional<ReportEntity> lock(String reportId) {
        return Optional.ofNullable(entityManager.find(ReportEntity.class, reportId, LockModeType.PESSIMISTIC_WRITE));
    }

    public ReportEntity add(UUID signingId, Report report, String reportedBy, Instant at) {
        ReportEntity stored = ReportEntity.of(signingId, report, reportedBy, at);
        entityManager.persist(stored);
        return stored;
    }
}
