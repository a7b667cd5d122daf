package cn.yanzhen.tracking.persistence;

import cn.yanzhen.tracking.domain.Report;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The progress reports accepted, by the client's report id. */
@ApplicationScoped
public class Reports {

    private final EntityManager entityManager;

    Reports(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public Optional<ReportEntity> find(String reportId) {
        return Optional.ofNullable(entityManager.find(ReportEntity.class, reportId));
    }

    public ReportEntity add(UUID signingId, Report report, Instant at) {
        ReportEntity stored = ReportEntity.of(signingId, report, at);
        entityManager.persist(stored);
        return stored;
    }
}
