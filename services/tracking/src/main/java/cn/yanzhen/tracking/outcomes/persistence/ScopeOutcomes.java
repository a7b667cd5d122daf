package cn.yanzhen.tracking.outcomes.persistence;

import cn.yanzhen.contracts.tracking.LandFigures;
import cn.yanzhen.contracts.tracking.Stats;
import cn.yanzhen.tracking.figures.domain.FigureTable;
import cn.yanzhen.tracking.figures.domain.Rates;
import cn.yanzhen.tracking.outcomes.domain.OutcomeChange;
import cn.yanzhen.tracking.projects.domain.Period;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;

/** Each scope's outcomes per period (docs/contract.md §4.5.3), changed by adding differences, read without scanning. */
@ApplicationScoped
public class ScopeOutcomes {

    private static final List<String> COUNTS = List.of("projects", "jobs", "output_value_yuan", "tax_paid_yuan",
            "projects_with_expected_jobs", "expected_jobs", "jobs_against_expected", "land_projects", "land_m2",
            "land_output_value_yuan", "land_tax_paid_yuan");
    private static final int LAND = 7;

    /** Where outcome changes are counted: per scope and period, most recent period first. */
    public static final FigureTable<Period> TABLE = new FigureTable<>(OutcomeChange.KIND, Period.class,
            "scope_outcome", List.of("period"), COUNTS, period -> List.of(period.toString()),
            Period.MOST_RECENT_FIRST);

    private final EntityManager entityManager;

    ScopeOutcomes(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The outcomes of several scopes, most recent period first; a scope without any is left out. */
    public Map<String, List<Stats.PeriodOutcome>> read(List<String> scopes) {
        return PeriodRows.read(entityManager, "scope_outcome", COUNTS, scopes, (period, v) -> new Stats.PeriodOutcome(
                period, v[0], v[1], v[2], v[3], v[4], v[5], v[6], Rates.share(v[6], v[5])), Stats.PeriodOutcome::period);
    }

    /** Each scope's yield on land per period, most recent first; a period no project with land reported is left out. */
    public Map<String, List<LandFigures.PeriodYield>> readYields(List<String> scopes) {
        Map<String, List<LandFigures.PeriodYield>> yields = PeriodRows.read(entityManager, "scope_outcome", COUNTS,
                scopes, (period, v) -> LandFigures.PeriodYield.of(period, v[LAND], v[LAND + 1], v[LAND + 2],
                        v[LAND + 3]), LandFigures.PeriodYield::period);
        yields.values().forEach(periods -> periods.removeIf(period -> period.projects() == 0));
        return yields;
    }
}
