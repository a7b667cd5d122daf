package cn.yanzhen.dashboard.domain;

import cn.yanzhen.contracts.tracking.MonthWindow;
import cn.yanzhen.contracts.tracking.PeriodFigures;
import cn.yanzhen.contracts.tracking.Stats.Tally;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * A scope's monthly series as tracking publishes it (each figure in the month of the date that makes it), cut to a
 * window: the months to draw, and their sum. Summing every month gives the scope's all-time figures of the same name.
 */
public final class MonthlyFigures {

    private static final Tally NONE = new Tally(0, 0);

    private MonthlyFigures() {
    }

    /**
     * The months of the window from the series' first month to its last, oldest first, a month in between without
     * any figure as zeros: a chart's axis runs evenly. Empty when no month of the series lies in the window.
     */
    public static List<PeriodFigures> series(List<PeriodFigures> months, MonthWindow window) {
        TreeMap<YearMonth, PeriodFigures> inWindow = new TreeMap<>();
        months.forEach(month -> {
            YearMonth period = YearMonth.parse(month.period());
            if (window.contains(period)) {
                inWindow.merge(period, month, (one, other) -> sum(month.period(), List.of(one, other)));
            }
        });
        List<PeriodFigures> series = new ArrayList<>();
        if (inWindow.isEmpty()) {
            return series;
        }
        for (YearMonth month = inWindow.firstKey(); !month.isAfter(inWindow.lastKey()); month = month.plusMonths(1)) {
            series.add(inWindow.getOrDefault(month, zero(month.toString())));
        }
        return series;
    }

    /** The window's figures: the sum of its months, named by the window's label. */
    public static PeriodFigures total(List<PeriodFigures> months, MonthWindow window) {
        return sum(window.period(), series(months, window));
    }

    private static PeriodFigures sum(String period, List<PeriodFigures> months) {
        PeriodFigures total = zero(period);
        for (PeriodFigures month : months) {
            total = new PeriodFigures(period, add(total.signed(), month.signed()),
                    add(total.commenced(), month.commenced()), add(total.inProduction(), month.inProduction()),
                    add(total.reachedDesignCapacity(), month.reachedDesignCapacity()),
                    add(total.verifiedCommenced(), month.verifiedCommenced()),
                    add(total.verifiedInProduction(), month.verifiedInProduction()),
                    total.completedInvestmentYuan() + month.completedInvestmentYuan());
        }
        return total;
    }

    private static Tally add(Tally one, Tally other) {
        return new Tally(one.count() + other.count(), one.investmentYuan() + other.investmentYuan());
    }

    private static PeriodFigures zero(String period) {
        return new PeriodFigures(period, NONE, NONE, NONE, NONE, NONE, NONE, 0);
    }
}
