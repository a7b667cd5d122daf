package cn.yanzhen.tracking.keyprojects.persistence;

import cn.yanzhen.tracking.figures.domain.FigureTable;
import cn.yanzhen.tracking.keyprojects.domain.KeyPlanMark;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Each scope's key-project counts (docs/contract.md §4.9), read without reading the plans. */
@ApplicationScoped
public class ScopeKeyProjects {

    /** Where key-plan marks are counted: entries per scope and measure. */
    public static final FigureTable<KeyPlanMark> TABLE = new FigureTable<>(KeyPlanMark.KIND, KeyPlanMark.class,
            "scope_key_project", List.of("measure"), List.of("entries"), mark -> List.of(mark.measure().name()),
            Comparator.comparing(KeyPlanMark::measure));

    private final EntityManager entityManager;

    ScopeKeyProjects(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The counts per measure of several scopes; a scope without key projects is left out. */
    public Map<String, Map<KeyPlanMark.Measure, Long>> read(List<String> scopes) {
        Map<String, Map<KeyPlanMark.Measure, Long>> counts = new HashMap<>();
        List<?> rows = entityManager.createNativeQuery("select scope, measure, entries from scope_key_project"
                + " where scope in (:scopes)").setParameter("scopes", scopes).getResultList();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            counts.computeIfAbsent((String) columns[0], scope -> new EnumMap<>(KeyPlanMark.Measure.class))
                    .put(KeyPlanMark.Measure.valueOf((String) columns[1]), ((Number) columns[2]).longValue());
        }
        return counts;
    }
}
