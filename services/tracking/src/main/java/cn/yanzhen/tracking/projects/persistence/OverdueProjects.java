package cn.yanzhen.tracking.projects.persistence;

import cn.yanzhen.contracts.tracking.Stats.OverdueProject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The projects each event counts as overdue, as its figures count them: a repeat by its earliest signing's flag
 * (unless either is withdrawn or the earliest is not known here), every other signing by its own.
 */
@ApplicationScoped
public class OverdueProjects {

    private static final String COLUMNS = "p.event_code, p.signing_id, p.project_name, p.investor_name,"
            + " p.destination_region, p.investment_yuan, p.signed_on, p.planned_commencement, p.registered_at";
    private static final String LISTED = "select event_code, signing_id, project_name, investor_name, destination_region,"
            + " investment_yuan, signed_on, planned_commencement from ("
            + "  select overdue.*, row_number() over (partition by event_code order by registered_at, signing_id) as n"
            + "  from ("
            + "    select " + COLUMNS + " from project p left join project e on e.signing_id = p.repeat_of"
            + "    where p.event_code in (:events) and p.overdue and p.status <> 'WITHDRAWN'"
            + "      and (e.signing_id is null or e.status = 'WITHDRAWN')"
            + "    union all"
            + "    select " + COLUMNS + " from project e join project p on p.repeat_of = e.signing_id"
            + "    where e.overdue and e.status <> 'WITHDRAWN' and p.event_code in (:events) and p.status <> 'WITHDRAWN'"
            + "  ) overdue"
            + ") listed where n <= :limit order by event_code, n";

    private final EntityManager entityManager;

    OverdueProjects(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Per event, its first {@code limit} overdue projects in the order they were registered; events without any are left out. */
    public Map<String, List<OverdueProject>> of(Collection<String> eventCodes, int limit) {
        Map<String, List<OverdueProject>> byEvent = new HashMap<>();
        if (eventCodes.isEmpty()) {
            return byEvent;
        }
        List<?> rows = entityManager.createNativeQuery(LISTED).setParameter("events", eventCodes)
                .setParameter("limit", limit).getResultList();
        for (Object row : rows) {
            Object[] cells = (Object[]) row;
            byEvent.computeIfAbsent((String) cells[0], event -> new ArrayList<>()).add(new OverdueProject(
                    (UUID) cells[1], (String) cells[2], (String) cells[3], (String) cells[4],
                    ((Number) cells[5]).longValue(), localDate(cells[6]), localDate(cells[7])));
        }
        return byEvent;
    }

    private static java.time.LocalDate localDate(Object cell) {
        if (cell == null) {
            return null;
        }
        return cell instanceof Date date ? date.toLocalDate() : (java.time.LocalDate) cell;
    }
}
