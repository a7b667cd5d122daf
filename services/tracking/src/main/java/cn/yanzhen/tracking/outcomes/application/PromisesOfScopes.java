package cn.yanzhen.tracking.outcomes.application;

import cn.yanzhen.contracts.tracking.Stats;
import cn.yanzhen.tracking.figures.application.ScopeFigurePart;
import cn.yanzhen.tracking.figures.application.ScopeFigureTable;
import cn.yanzhen.tracking.figures.application.StatsDraft;
import cn.yanzhen.tracking.figures.domain.FigureTable;
import cn.yanzhen.tracking.outcomes.persistence.ScopePromises;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/** Output and tax against the promises per period (docs/contract.md §4.5.3): kept in scope_promise, shown as promises. */
@ApplicationScoped
class PromisesOfScopes implements ScopeFigureTable, ScopeFigurePart {

    private final ScopePromises promises;

    PromisesOfScopes(ScopePromises promises) {
        this.promises = promises;
    }

    @Override
    public FigureTable<?> table() {
        return ScopePromises.TABLE;
    }

    @Override
    public void readInto(Map<String, StatsDraft> drafts) {
        Map<String, List<Stats.PeriodPromise>> periods = promises.read(List.copyOf(drafts.keySet()));
        drafts.forEach((scope, draft) -> draft.promises(periods.getOrDefault(scope, Stats.PeriodPromise.NONE)));
    }
}
