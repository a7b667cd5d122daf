package cn.yanzhen.contracts.tracking;

import java.util.List;

/** A scope's figures for a window of months with the series of its months, oldest first (§4.5.6). */
public record StatsWindow(String scope, String from, String to, PeriodFigures total, List<PeriodFigures> months) {

    public StatsWindow {
        months = months == null ? PeriodFigures.NONE : List.copyOf(months);
    }
}
