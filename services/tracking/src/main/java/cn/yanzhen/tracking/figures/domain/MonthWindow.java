package cn.yanzhen.tracking.figures.domain;

import java.time.YearMonth;

/**
 * A window of months, both ends included; an end not given (null) leaves the window open on that side. Its
 * {@link #period()} names it as an ISO 8601 interval of months, ".." for an open end.
 */
public record MonthWindow(YearMonth from, YearMonth to) {

    public static final MonthWindow ALL_TIME = new MonthWindow(null, null);

    public MonthWindow {
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("a window of months ends no earlier than it begins");
        }
    }

    public String period() {
        return (from == null ? ".." : from.toString()) + "/" + (to == null ? ".." : to.toString());
    }

    /** The first month in the window, as the series keeps months ("2025-07"); the earliest there is when open. */
    public String firstMonth() {
        return from == null ? "0000-01" : from.toString();
    }

    /** The last month in the window; the latest there is when open. */
    public String lastMonth() {
        return to == null ? "9999-12" : to.toString();
    }
}
