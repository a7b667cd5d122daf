package cn.yanzhen.tracking.figures.application;

import cn.yanzhen.tracking.figures.domain.CycleMeasure;
import cn.yanzhen.tracking.figures.domain.CycleTimesFigures;
import cn.yanzhen.tracking.figures.domain.FigureTable;
import cn.yanzhen.tracking.figures.domain.Histogram;
import cn.yanzhen.tracking.figures.persistence.ScopeCycles;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/** Cycle times (docs/contract.md §4.5.1) as a kind of scope figure: kept in scope_cycle, shown as cycleTimes. */
@ApplicationScoped
class CycleTimesOfScopes implements ScopeFigureTable, ScopeFigurePart {

    private final ScopeCycles cycles;

    CycleTimesOfScopes(ScopeCycles cycles) {
        this.cycles = cycles;
    }

    @Override
    public FigureTable<?> table() {
        return ScopeCycles.TABLE;
    }

    @Override
    public void readInto(Map<String, StatsDraft> drafts) {
        Map<String, Map<CycleMeasure, Histogram>> histograms = cycles.read(List.copyOf(drafts.keySet()));
        drafts.forEach((scope, draft) -> draft.cycleTimes(CycleTimesFigures.of(histograms.getOrDefault(scope, Map.of()))));
    }
}
