package cn.yanzhen.tracking.figures.persistence;

import cn.yanzhen.tracking.figures.domain.FigureTable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * Adds a transaction's summed contributions of one kind to its {@link FigureTable}, in one statement, and deletes the
 * rows whose first count reaches 0, so a table holds only what some project puts there.
 */
@ApplicationScoped
public class ScopeCounts {

    private final EntityManager entityManager;

    ScopeCounts(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Adds each scope's changes, rows in scope then key order, the order in which they are locked. */
    public <K> void add(FigureTable<K> table, SortedMap<String, Map<Object, long[]>> changes) {
        List<Object[]> rows = new ArrayList<>();
        Comparator<Map.Entry<K, long[]>> byKey = Map.Entry.comparingByKey(table.keyOrder());
        changes.forEach((scope, counts) -> counts.entrySet().stream()
                .map(entry -> Map.entry(table.keyType().cast(entry.getKey()), entry.getValue()))
                .sorted(byKey)
                .forEach(entry -> {
                    List<Object> row = new ArrayList<>();
                    row.add(scope);
                    row.addAll(table.keyValues().apply(entry.getKey()));
                    for (long count : entry.getValue()) {
                        row.add(count);
                    }
                    rows.add(row.toArray());
                }));
        if (rows.isEmpty()) {
            return;
        }
        List<String> keyColumns = new ArrayList<>(List.of("scope"));
        keyColumns.addAll(table.keyColumns());
        upsert(table.table(), keyColumns, table.countColumns(), rows);
        entityManager.createNativeQuery("delete from " + table.table() + " where " + table.countColumns().get(0)
                + " = 0 and scope in (:scopes)").setParameter("scopes", changes.keySet()).executeUpdate();
    }

    private void upsert(String table, List<String> keyColumns, List<String> countColumns, List<Object[]> rows) {
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
    }
}
