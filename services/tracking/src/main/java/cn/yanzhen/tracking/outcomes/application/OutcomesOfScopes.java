package cn.yanzhen.tracking.outcomes.application;

import cn.yanzhen.contracts.tracking.LandFigures;
import cn.yanzhen.contracts.tracking.Stats;
import cn.yanzhen.tracking.figures.application.ScopeFigurePart;
import cn.yanzhen.tracking.figures.application.ScopeFigureTable;
import cn.yanzhen.tracking.figures.application.StatsDraft;
import cn.yanzhen.tracking.figures.domain.FigureTable;
import cn.yanzhen.tracking.outcomes.persistence.ScopeOutcomes;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/**
 * Outcomes per period (docs/contract.md §4.5.3) as a kind of scope figure: kept in scope_outcome, shown as outcomes and,
 * for the projects with land, as the yield per 亩 of the scope's land (§4.5.7).
 */
@ApplicationScoped
class OutcomesOfScopes implements ScopeFigureTable, ScopeFigurePart {

    private final ScopeOutcomes outcomes;

    OutcomesOfScopes(ScopeOutcomes outcomes) {
        this.outcomes = outcomes;
    }

    @Override
    public FigureTable<?> table() {
        return ScopeOutcomes.TABLE;
    }

    @Override
    public void readInto(Map<String, StatsDraft> drafts) {
        Map<String, List<Stats.PeriodOutcome>> periods = outcomes.read(List.copyOf(drafts.keySet()));
        Map<String, List<LandFigures.PeriodYield>> yields = outcomes.readYields(List.copyOf(drafts.keySet()));
        drafts.forEach((scope, draft) -> {
            draft.outcomes(periods.getOrDefault(scope, Stats.PeriodOutcome.NONE));
            draft.landYields(yields.getOrDefault(scope, List.of()));
        });
    }
}
