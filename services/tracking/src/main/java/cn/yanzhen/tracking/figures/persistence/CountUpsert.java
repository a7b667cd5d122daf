package cn.yanzhen.tracking.figures.persistence;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * Adds signed deltas to counters kept per scope and key, in one statement, and deletes the rows whose (first) counter
 * reaches 0, so a table holds only what some project puts there.
 */
public final class CountUpsert {

    private CountUpsert() {
    }

    /** Each row is its key columns' values followed by the delta, in the order the rows are to be locked. */
    public static void apply(EntityManager entityManager, String table, List<String> keyColumns, String countColumn,
                      List<Object[]> rows, Set<String> scopes) {
        apply(entityManager, table, keyColumns, List.of(countColumn), rows, scopes);
    }

    /**
     * The same with several counters per key: each row is its key columns' values followed by one delta per counter; a
     * row is deleted when its first counter reaches 0.
     */
    public static void apply(EntityManager entityManager, String table, List<String> keyColumns, List<String> countColumns,
                      List<Object[]> rows, Set<String> scopes) {
        if (rows.isEmpty()) {
            return;
        }
        String placeholders = "(" + String.join(", ", Collections.nCopies(keyColumns.size() + countColumns.size(), "?"))
                + ")";
        StringBuilder sql = new StringBuilder("insert into " + table + " (" + String.join(", ", keyColumns) + ", "
                + String.join(", ", countColumns) + ") values ");
        List<Object> parameters = new ArrayList<>();
        for (Object[] row : rows) {
            sql.append(parameters.isEmpty() ? "" : ", ").append(placeholders);
            parameters.addAll(List.of(row));
        }
        sql.append(" on conflict (").append(String.join(", ", keyColumns)).append(") do update set ")
                .append(String.join(", ", countColumns.stream()
                        .map(column -> column + " = " + table + "." + column + " + excluded." + column).toList()));
        var upsert = entityManager.createNativeQuery(sql.toString());
        for (int i = 0; i < parameters.size(); i++) {
            upsert.setParameter(i + 1, parameters.get(i));
        }
        upsert.executeUpdate();
        entityManager.createNativeQuery("delete from " + table + " where " + countColumns.get(0)
                        + " = 0 and scope in (:scopes)").setParameter("scopes", scopes).executeUpdate();
    }
}
