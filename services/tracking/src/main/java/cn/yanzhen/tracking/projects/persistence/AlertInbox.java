package cn.yanzhen.tracking.projects.persistence;

import cn.yanzhen.platform.api.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** The alerts raised about projects, newest first, of one event or of the destinations inside a region. */
@ApplicationScoped
public class AlertInbox {

    /** An alert with the project it concerns, as an inbox lists it. */
    public record Entry(UUID signingId, String projectName, String eventCode, String destinationRegion, String code,
                        Instant raisedAt, String detail) {
    }

    private final EntityManager entityManager;

    AlertInbox(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** {@code eventCode} and {@code destinations} null for any. */
    public Page<Entry> page(String eventCode, Collection<String> destinations, int page, int size) {
        String where = " where 1 = 1"
                + (eventCode == null ? "" : " and p.event_code = :event")
                + (destinations == null ? "" : " and p.destination_region in (:destinations)");
        Query items = entityManager.createNativeQuery("select a.signing_id, p.project_name, p.event_code,"
                + " p.destination_region, a.code, a.raised_at, a.detail from project_alert a"
                + " join project p on p.signing_id = a.signing_id" + where
                + " order by a.raised_at desc, a.signing_id, a.code, a.occasion");
        Query count = entityManager.createNativeQuery("select count(*) from project_alert a"
                + " join project p on p.signing_id = a.signing_id" + where);
        for (Query query : List.of(items, count)) {
            if (eventCode != null) {
                query.setParameter("event", eventCode);
            }
            if (destinations != null) {
                query.setParameter("destinations", destinations);
            }
        }
        List<?> rows = items.setFirstResult(page * size).setMaxResults(size).getResultList();
        List<Entry> entries = rows.stream().map(row -> (Object[]) row).map(row -> new Entry((UUID) row[0],
                (String) row[1], (String) row[2], (String) row[3], (String) row[4], toInstant(row[5]),
                (String) row[6])).toList();
        return new Page<>(entries, page, size, ((Number) count.getSingleResult()).longValue());
    }

    private static Instant toInstant(Object value) {
        return value instanceof Instant instant ? instant : ((java.sql.Timestamp) value).toInstant();
    }
}
