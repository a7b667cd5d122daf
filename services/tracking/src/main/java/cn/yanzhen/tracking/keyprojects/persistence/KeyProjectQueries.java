package cn.yanzhen.tracking.keyprojects.persistence;

import cn.yanzhen.contracts.tracking.KeyPlan.Kind;
import cn.yanzhen.platform.api.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The key projects read across plans: the list with late approvals first, and the approvals gone late. */
@ApplicationScoped
public class KeyProjectQueries {

    private static final String LATE = "select signing_id, kind from key_approval where status <> 'GRANTED'"
            + " and late_since is null and due_on < ?1 order by due_on, signing_id, kind limit ?2 for update skip locked";
    private static final String PAGE = "select p.signing_id from key_plan p join key_approval a"
            + " on a.signing_id = p.signing_id %s group by p.signing_id"
            + " order by count(*) filter (where a.late_since is not null and a.status <> 'GRANTED') desc,"
            + " min(a.due_on) filter (where a.status <> 'GRANTED') nulls last, p.signing_id";
    private static final String IN_REGIONS = "where p.destination_region in (:regions)";

    private final EntityManager entityManager;

    KeyProjectQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** An approval of a plan, named by its project and kind. */
    public record ApprovalKey(UUID signingId, Kind kind) {
    }

    /**
     * Up to {@code limit} approvals not GRANTED whose due date is before {@code today} and that are not yet marked
     * late, their rows locked; those another transaction holds are passed over.
     */
    public List<ApprovalKey> lockLate(LocalDate today, int limit) {
        List<?> rows = entityManager.createNativeQuery(LATE).setParameter(1, today).setParameter(2, limit)
                .getResultList();
        return rows.stream().map(row -> (Object[]) row)
                .map(columns -> new ApprovalKey((UUID) columns[0], Kind.valueOf((String) columns[1]))).toList();
    }

    /**
     * A page of the key projects whose destination is one of {@code regions} (every one when null): most late
     * approvals first, then the earliest due date not yet granted, then by signing id.
     */
    public Page<UUID> page(List<String> regions, int page, int size) {
        String where = regions == null ? "" : IN_REGIONS;
        Query query = entityManager.createNativeQuery(PAGE.formatted(where));
        Query count = entityManager.createNativeQuery("select count(*) from key_plan p " + where);
        if (regions != null) {
            query.setParameter("regions", regions);
            count.setParameter("regions", regions);
        }
        List<?> ids = query.setFirstResult(page * size).setMaxResults(size).getResultList();
        return new Page<>(ids.stream().map(UUID.class::cast).toList(), page, size,
                ((Number) count.getSingleResult()).longValue());
    }
}
