package cn.yanzhen.tracking.verification.persistence;

import cn.yanzhen.contracts.tracking.Stats;
import cn.yanzhen.platform.api.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reports awaiting a verifier, listed under every scope their project counts in. */
@ApplicationScoped
public class VerificationBacklog {

    private final EntityManager entityManager;

    VerificationBacklog(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void add(String reportId, UUID signingId, Instant reportedAt, Collection<String> scopes) {
        for (String scope : scopes) {
            entityManager.createNativeQuery("insert into verification_backlog (scope, report_id, signing_id, reported_at)"
                            + " values (?1, ?2, ?3, ?4)")
                    .setParameter(1, scope).setParameter(2, reportId).setParameter(3, signingId)
                    .setParameter(4, reportedAt).executeUpdate();
        }
    }

    /** Takes a decided report out of every scope's backlog. */
    public void remove(String reportId) {
        entityManager.createNativeQuery("delete from verification_backlog where report_id = ?1")
                .setParameter(1, reportId).executeUpdate();
    }

    /** Takes a withdrawn signing's reports out: nobody verifies them any more. */
    public void removeProject(UUID signingId) {
        entityManager.createNativeQuery("delete from verification_backlog where signing_id = ?1")
                .setParameter(1, signingId).executeUpdate();
    }

    /** A page of one scope's backlog, the ids of its reports, oldest report first. */
    public Page<String> page(String scope, int page, int size) {
        List<?> ids = entityManager.createNativeQuery("select report_id from verification_backlog where scope = ?1"
                        + " order by reported_at, report_id")
                .setParameter(1, scope).setFirstResult(page * size).setMaxResults(size).getResultList();
        List<String> reports = ids.stream().map(String.class::cast).toList();
        long total = ((Number) entityManager.createNativeQuery("select count(*) from verification_backlog"
                + " where scope = ?1").setParameter(1, scope).getSingleResult()).longValue();
        return new Page<>(reports, page, size, total);
    }

    /** Each scope's backlog: how many reports, and when the oldest was reported. */
    public Map<String, Stats.Backlog> of(List<String> scopes) {
        Map<String, Stats.Backlog> backlogs = new HashMap<>();
        List<?> rows = entityManager.createNativeQuery("select scope, count(*), min(reported_at)"
                + " from verification_backlog where scope in (:scopes) group by scope")
                .setParameter("scopes", scopes).getResultList();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            backlogs.put((String) columns[0],
                    new Stats.Backlog(((Number) columns[1]).longValue(), instant(columns[2])));
        }
        scopes.forEach(scope -> backlogs.putIfAbsent(scope, Stats.Backlog.NONE));
        return backlogs;
    }

    /** A timestamptz as the driver hands it to a native query, as an instant. */
    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
