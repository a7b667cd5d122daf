package cn.yanzhen.tracking.figures.application;

import cn.yanzhen.contracts.tracking.MonthWindow;
import cn.yanzhen.contracts.tracking.PeriodFigures;
import cn.yanzhen.contracts.tracking.StatsWindow;
import cn.yanzhen.contracts.tracking.Stats;
import cn.yanzhen.tracking.figures.domain.FigureTable;
import cn.yanzhen.tracking.figures.persistence.ScopeMonths;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/**
 * Monthly series (docs/contract.md §4.5.6) as a kind of scope figure: kept in scope_month, shown as a record's
 * {@code months} and answered for a window of months.
 */
@ApplicationScoped
public class MonthsOfScopes implements ScopeFigureTable, ScopeFigurePart {

    private final ScopeMonths months;

    MonthsOfScopes(ScopeMonths months) {
        this.months = months;
    }

    @Override
    public FigureTable<?> table() {
        return ScopeMonths.TABLE;
    }

    @Override
    public void readInto(Map<String, StatsDraft> drafts) {
        Map<String, List<PeriodFigures>> series = months.read(List.copyOf(drafts.keySet()));
        drafts.forEach((scope, draft) -> draft.months(series.getOrDefault(scope, PeriodFigures.NONE)));
    }

    /** A scope's figures over a window, summed where they are kept, with the months of the window. */
    public StatsWindow window(String scope, MonthWindow window) {
        return new StatsWindow(scope, window.from() == null ? null : window.from().toString(),
                window.to() == null ? null : window.to().toString(), months.total(scope, window),
                months.months(scope, window));
    }
}
