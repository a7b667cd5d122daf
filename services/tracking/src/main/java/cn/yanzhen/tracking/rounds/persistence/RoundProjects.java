package cn.yanzhen.tracking.rounds.persistence;

import cn.yanzhen.platform.api.Page;
import cn.yanzhen.tracking.rounds.domain.OwingProject;
import cn.yanzhen.tracking.rounds.domain.Round;
import cn.yanzhen.tracking.rounds.domain.RoundOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;

/** The projects a round asks a report of, and, once it closed, whether each sent one. */
@ApplicationScoped
public class RoundProjects {

    /** The date a report counts on in a round: the date it reports, or the day it arrived (a cancellation). */
    private static final String REPORT_DATE =
            "coalesce(r.on_date, r.as_of, cast(r.reported_at at time zone 'Asia/Shanghai' as date))";
    private static final String OWING = "select p.signing_id, p.event_code, p.destination_region,"
            + " (select max(" + REPORT_DATE + ") from progress_report r where r.signing_id = p.signing_id"
            + " and " + REPORT_DATE + " <= :due)"
            + " from project p where p.status in ('SIGNED', 'COMMENCED', 'IN_PRODUCTION') and p.repeat_of is null"
            + " and p.signed_on <= :due";
    private static final String KEEP = "insert into round_outcome (round_code, signing_id, event_code,"
            + " destination_region, reported) values (?, ?, ?, ?, ?)";

    private final EntityManager entityManager;

    RoundProjects(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * The projects that owe a report in the round as they stand now: open (neither withdrawn nor cancelled),
     * no repeat (a repeat follows its earliest signing, which reports), signed by the due date, with their
     * destination among {@code destinations} (null: anywhere).
     */
    public List<OwingProject> owing(Round round, Collection<String> destinations) {
        Query query = entityManager.createNativeQuery(OWING
                        + (destinations == null ? "" : " and p.destination_region in (:destinations)")
                        + " order by p.signing_id")
                .setParameter("due", round.dueOn());
        if (destinations != null) {
            query.setParameter("destinations", destinations);
        }
        List<?> rows = query.getResultList();
        return rows.stream().map(row -> (Object[]) row)
                .map(row -> new OwingProject((UUID) row[0], (String) row[1], (String) row[2], date(row[3])))
                .toList();
    }

    /** Keeps who owed and who answered in a round that closes, in the caller's transaction. */
    public void keep(String roundCode, List<RoundOutcome> outcomes) {
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(KEEP)) {
                for (RoundOutcome outcome : outcomes) {
                    insert.setString(1, roundCode);
                    insert.setObject(2, outcome.signingId());
                    insert.setString(3, outcome.eventCode());
                    insert.setString(4, outcome.destinationRegion());
                    insert.setBoolean(5, outcome.reported());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    /** Who owed and who answered in a closed round, as it was when it closed. */
    public List<RoundOutcome> outcomes(String roundCode) {
        List<?> rows = entityManager.createNativeQuery("select signing_id, event_code, destination_region, reported"
                + " from round_outcome where round_code = ?1 order by signing_id").setParameter(1, roundCode)
                .getResultList();
        return rows.stream().map(row -> (Object[]) row).map(row -> new RoundOutcome((UUID) row[0], (String) row[1],
                (String) row[2], (Boolean) row[3])).toList();
    }

    /** The closed rounds a project missed. */
    public List<RoundEntity> missedBy(UUID signingId) {
        List<?> rounds = entityManager.createNativeQuery("select r.* from reporting_round r join round_outcome o"
                + " on o.round_code = r.code where o.signing_id = ?1 and not o.reported", RoundEntity.class)
                .setParameter(1, signingId).getResultList();
        return rounds.stream().map(RoundEntity.class::cast).toList();
    }

    /** The projects that missed a closed round, by destination then signing id; none while it is open. */
    public Page<RoundOutcome> missed(String roundCode, int page, int size) {
        List<?> rows = entityManager.createNativeQuery("select signing_id, event_code, destination_region"
                        + " from round_outcome where round_code = ?1 and not reported"
                        + " order by destination_region, signing_id").setParameter(1, roundCode)
                .setFirstResult(page * size).setMaxResults(size).getResultList();
        long total = ((Number) entityManager.createNativeQuery("select count(*) from round_outcome"
                + " where round_code = ?1 and not reported").setParameter(1, roundCode).getSingleResult()).longValue();
        return new Page<>(rows.stream().map(row -> (Object[]) row).map(row -> new RoundOutcome((UUID) row[0],
                (String) row[1], (String) row[2], false)).toList(), page, size, total);
    }

    private static LocalDate date(Object value) {
        if (value == null || value instanceof LocalDate) {
            return (LocalDate) value;
        }
        return ((java.sql.Date) value).toLocalDate();
    }
}
