package cn.yanzhen.tracking.outcomes.persistence;

import cn.yanzhen.tracking.projects.domain.Period;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/** Reads a table of counts per scope and period into rows per scope, most recent period first. */
final class PeriodRows {

    private PeriodRows() {
    }

    /** {@code row} makes a row of a period (as written) and its counts, in the order of {@code counts}. */
    static <R> Map<String, List<R>> read(EntityManager entityManager, String table, List<String> counts,
                                         List<String> scopes, BiFunction<String, long[], R> row,
                                         Function<R, String> periodOf) {
        Map<String, List<R>> rows = new HashMap<>();
        List<?> result = entityManager.createNativeQuery("select scope, period, " + String.join(", ", counts)
                + " from " + table + " where scope in (:scopes)").setParameter("scopes", scopes).getResultList();
        for (Object found : result) {
            Object[] columns = (Object[]) found;
            long[] v = new long[counts.size()];
            for (int i = 0; i < v.length; i++) {
                v[i] = ((Number) columns[i + 2]).longValue();
            }
            rows.computeIfAbsent((String) columns[0], scope -> new ArrayList<>()).add(row.apply((String) columns[1], v));
        }
        Comparator<R> mostRecentFirst = Comparator.comparing(r -> Period.parse(periodOf.apply(r)).orElseThrow(),
                Period.MOST_RECENT_FIRST);
        rows.values().forEach(list -> list.sort(mostRecentFirst));
        return rows;
    }
}
