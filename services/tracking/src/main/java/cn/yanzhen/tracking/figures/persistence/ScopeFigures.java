package cn.yanzhen.tracking.figures.persistence;

import cn.yanzhen.tracking.figures.domain.Contribution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/** The project counts of every scope ({@code scope_figures}), changed by adding differences, read without scanning. */
@ApplicationScoped
public class ScopeFigures {

    private static final String COLUMNS = "signed_count, signed_yuan, withdrawn_count, withdrawn_yuan, commenced_count,"
            + " commenced_yuan, in_production_count, in_production_yuan, cancelled_count, cancelled_yuan,"
            + " completed_yuan, overdue, recommended, acceptable, risky, mismatch, repeats_count, repeats_yuan,"
            + " verified_commenced_count, verified_commenced_yuan, verified_in_production_count,"
            + " verified_in_production_yuan, verified_completed_yuan";
    private static final String ON_CONFLICT = " on conflict (scope) do update set "
            + String.join(", ", List.of(COLUMNS.split(",\\s*")).stream()
                    .map(column -> column + " = scope_figures." + column + " + excluded." + column).toList());

    private static final int FIELDS = Contribution.FIELDS;

    private final EntityManager entityManager;

    ScopeFigures(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Adds each scope's change, in one statement of the caller's transaction. The rows are written (and
     * locked) in the order given, which {@link cn.yanzhen.tracking.figures.domain.FigureChanges} keeps sorted.
     */
    public void add(SortedMap<String, Contribution> changes) {
        if (changes.isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder("insert into scope_figures (scope, " + COLUMNS + ") values ");
        List<Object> parameters = new ArrayList<>();
        for (Map.Entry<String, Contribution> change : changes.entrySet()) {
            sql.append(parameters.isEmpty() ? "" : ", ").append("(?");
            parameters.add(change.getKey());
            for (long value : change.getValue().values()) {
                sql.append(", ?");
                parameters.add(value);
            }
            sql.append(")");
        }
        var insert = entityManager.createNativeQuery(sql + ON_CONFLICT);
        for (int i = 0; i < parameters.size(); i++) {
            insert.setParameter(i + 1, parameters.get(i));
        }
        insert.executeUpdate();
    }

    /** The counts of several scopes, read at once, in {@link Contribution#values()} order; a scope without any is left out. */
    public Map<String, long[]> read(List<String> scopes) {
        Map<String, long[]> rows = new HashMap<>();
        List<?> result = entityManager.createNativeQuery("select scope, " + COLUMNS
                + " from scope_figures where scope in (:scopes)").setParameter("scopes", scopes).getResultList();
        for (Object row : result) {
            Object[] columns = (Object[]) row;
            long[] values = new long[FIELDS];
            for (int i = 0; i < values.length; i++) {
                values[i] = ((Number) columns[i + 1]).longValue();
            }
            rows.put((String) columns[0], values);
        }
        return rows;
    }
}
