package cn.yanzhen.tracking.outcomes.persistence;

import cn.yanzhen.contracts.tracking.Stats;
import cn.yanzhen.tracking.figures.domain.FigureTable;
import cn.yanzhen.tracking.figures.domain.Rates;
import cn.yanzhen.tracking.outcomes.domain.PromiseKept;
import cn.yanzhen.tracking.projects.domain.Period;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;

/** Each scope's output and tax against the promises per period (docs/contract.md §4.5.3), read without scanning. */
@ApplicationScoped
public class ScopePromises {

    private static final List<String> COUNTS = List.of("projects_with_promise", "promised_output_yuan",
            "output_against_promised", "promised_tax_yuan", "tax_against_promised");

    /** Where promise changes are counted: per scope and period, most recent period first. */
    public static final FigureTable<Period> TABLE = new FigureTable<>(PromiseKept.KIND, Period.class,
            "scope_promise", List.of("period"), COUNTS, period -> List.of(period.toString()),
            Period.MOST_RECENT_FIRST);

    private final EntityManager entityManager;

    ScopePromises(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The promise figures of several scopes, most recent period first; a scope without any is left out. */
    public Map<String, List<Stats.PeriodPromise>> read(List<String> scopes) {
        return PeriodRows.read(entityManager, "scope_promise", COUNTS, scopes, (period, v) -> new Stats.PeriodPromise(
                period, v[0], v[1], v[2], Rates.share(v[2], v[1]), v[3], v[4], Rates.share(v[4], v[3])),
                Stats.PeriodPromise::period);
    }
}
