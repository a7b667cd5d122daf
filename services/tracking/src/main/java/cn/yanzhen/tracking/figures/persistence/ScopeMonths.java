package cn.yanzhen.tracking.figures.persistence;

import cn.yanzhen.contracts.tracking.MonthWindow;
import cn.yanzhen.contracts.tracking.PeriodFigures;
import cn.yanzhen.contracts.tracking.Stats;
import cn.yanzhen.tracking.figures.domain.FigureTable;
import cn.yanzhen.tracking.figures.domain.MonthMark;
import cn.yanzhen.tracking.figures.domain.MonthMeasure;
import cn.yanzhen.tracking.figures.domain.MonthSeries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Each scope's monthly series (docs/contract.md §4.5.6): projects and yuan per measure and month, summed per window. */
@ApplicationScoped
public class ScopeMonths {

    private static final Comparator<MonthMark> ORDER = Comparator.comparing(MonthMark::measure)
            .thenComparing(MonthMark::month);

    /** Where month marks are counted: projects, their signed yuan and (signings) completed yuan per measure and month. */
    public static final FigureTable<MonthMark> TABLE = new FigureTable<>(MonthMark.KIND, MonthMark.class,
            "scope_month", List.of("measure", "month"), List.of("projects", "yuan", "completed_yuan"),
            mark -> List.of(mark.measure().name(), mark.month().toString()), ORDER);

    private static final String COLUMNS = "scope, month, measure, projects, yuan, completed_yuan";

    private final EntityManager entityManager;

    ScopeMonths(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The whole series of several scopes; a scope without any is left out. */
    public Map<String, List<PeriodFigures>> read(List<String> scopes) {
        return series(entityManager.createNativeQuery("select " + COLUMNS + " from scope_month where scope in (:scopes)")
                .setParameter("scopes", scopes).getResultList());
    }

    /** The months of one scope's series within a window. */
    public List<PeriodFigures> months(String scope, MonthWindow window) {
        return series(entityManager.createNativeQuery("select " + COLUMNS + " from scope_month where scope = :scope"
                        + " and month between :first and :last").setParameter("scope", scope)
                .setParameter("first", window.firstMonth()).setParameter("last", window.lastMonth()).getResultList())
                .getOrDefault(scope, List.of());
    }

    /** A scope's figures over a window, summed by the database from the months within it. */
    public PeriodFigures total(String scope, MonthWindow window) {
        List<?> rows = entityManager.createNativeQuery("select measure, sum(projects), sum(yuan), sum(completed_yuan)"
                        + " from scope_month where scope = :scope and month between :first and :last group by measure")
                .setParameter("scope", scope).setParameter("first", window.firstMonth())
                .setParameter("last", window.lastMonth()).getResultList();
        Map<MonthMeasure, long[]> counts = new EnumMap<>(MonthMeasure.class);
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            counts.put(MonthMeasure.valueOf((String) columns[0]), new long[] {number(columns[1]), number(columns[2]),
                    number(columns[3])});
        }
        return MonthSeries.figures(window.period(), counts);
    }

    private static Map<String, List<PeriodFigures>> series(List<?> rows) {
        Map<String, MonthSeries> byScope = new HashMap<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            byScope.computeIfAbsent((String) columns[0], scope -> new MonthSeries()).add((String) columns[1],
                    MonthMeasure.valueOf((String) columns[2]), number(columns[3]), number(columns[4]),
                    number(columns[5]));
        }
        Map<String, List<PeriodFigures>> series = new HashMap<>();
        byScope.forEach((scope, months) -> series.put(scope, months.periods()));
        return series;
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
