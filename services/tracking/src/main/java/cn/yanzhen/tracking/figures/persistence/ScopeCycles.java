package cn.yanzhen.tracking.figures.persistence;

import cn.yanzhen.tracking.figures.domain.CycleMark;
import cn.yanzhen.tracking.figures.domain.CycleMeasure;
import cn.yanzhen.tracking.figures.domain.FigureTable;
import cn.yanzhen.tracking.figures.domain.Histogram;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Each scope's cycle-time histograms (docs/contract.md §4.5.1): counts per value, read without scanning projects. */
@ApplicationScoped
public class ScopeCycles {

    private static final Comparator<CycleMark> ORDER = Comparator.comparing(CycleMark::measure)
            .thenComparingLong(CycleMark::value);

    /** Where cycle marks are counted: projects per scope, measure and value. */
    public static final FigureTable<CycleMark> TABLE = new FigureTable<>(CycleMark.KIND, CycleMark.class, "scope_cycle",
            List.of("measure", "value"), List.of("projects"), mark -> List.of(mark.measure().name(), mark.value()),
            ORDER);

    private final EntityManager entityManager;

    ScopeCycles(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The histograms of several scopes; a scope or measure without projects is left out. */
    public Map<String, Map<CycleMeasure, Histogram>> read(List<String> scopes) {
        Map<String, Map<CycleMeasure, Map<Long, Long>>> counts = new HashMap<>();
        List<?> result = entityManager.createNativeQuery("select scope, measure, value, projects from scope_cycle"
                + " where scope in (:scopes)").setParameter("scopes", scopes).getResultList();
        for (Object row : result) {
            Object[] columns = (Object[]) row;
            counts.computeIfAbsent((String) columns[0], scope -> new EnumMap<>(CycleMeasure.class))
                    .computeIfAbsent(CycleMeasure.valueOf((String) columns[1]), measure -> new HashMap<>())
                    .put(((Number) columns[2]).longValue(), ((Number) columns[3]).longValue());
        }
        Map<String, Map<CycleMeasure, Histogram>> histograms = new HashMap<>();
        counts.forEach((scope, byMeasure) -> {
            Map<CycleMeasure, Histogram> of = new EnumMap<>(CycleMeasure.class);
            byMeasure.forEach((measure, countByValue) -> of.put(measure, Histogram.of(countByValue)));
            histograms.put(scope, of);
        });
        return histograms;
    }
}
