package cn.yanzhen.tracking.obstacles.persistence;

import cn.yanzhen.contracts.tracking.Obstacle.Category;
import cn.yanzhen.tracking.figures.domain.FigureTable;
import cn.yanzhen.tracking.obstacles.domain.ObstacleMark;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Each scope's obstacle histograms (docs/contract.md §4.7): counts per mark, read without reading the ledger. */
@ApplicationScoped
public class ScopeObstacles {

    private static final Comparator<ObstacleMark> ORDER = Comparator.comparing(ObstacleMark::measure)
            .thenComparing(ObstacleMark::category).thenComparingLong(ObstacleMark::value);

    /** Where obstacle marks are counted: obstacles per scope, measure, category and value. */
    public static final FigureTable<ObstacleMark> TABLE = new FigureTable<>(ObstacleMark.KIND, ObstacleMark.class,
            "scope_obstacle", List.of("measure", "category", "value"), List.of("obstacles"),
            mark -> List.of(mark.measure().name(), mark.category().name(), mark.value()), ORDER);

    private final EntityManager entityManager;

    ScopeObstacles(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The counts per mark of several scopes; a scope without obstacles is left out. */
    public Map<String, Map<ObstacleMark, Long>> read(List<String> scopes) {
        Map<String, Map<ObstacleMark, Long>> counts = new HashMap<>();
        List<?> result = entityManager.createNativeQuery("select scope, measure, category, value, obstacles"
                + " from scope_obstacle where scope in (:scopes)").setParameter("scopes", scopes).getResultList();
        for (Object row : result) {
            Object[] columns = (Object[]) row;
            counts.computeIfAbsent((String) columns[0], scope -> new HashMap<>()).put(new ObstacleMark(
                    ObstacleMark.Measure.valueOf((String) columns[1]), Category.valueOf((String) columns[2]),
                    ((Number) columns[3]).longValue()), ((Number) columns[4]).longValue());
        }
        return counts;
    }
}
