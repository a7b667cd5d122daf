package cn.yanzhen.dashboard.domain;

import java.time.YearMonth;

/**
 * A window of whole months, both ends included; a null end is open (docs/contract.md §4.5.6). Its label is the one
 * tracking gives a window's total: "2025-01/2025-06", ".." for an open end.
 */
public record MonthWindow(YearMonth from, YearMonth to) {

    public static final MonthWindow ALL = new MonthWindow(null, null);

    public MonthWindow {
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("the window ends (" + to + ") before it begins (" + from + ")");
        }
    }

    /** Whether the month of a period ("2025-07") lies inside the window. */
    public boolean contains(YearMonth month) {
        return (from == null || !month.isBefore(from)) && (to == null || !month.isAfter(to));
    }

    public String label() {
        return end(from) + "/" + end(to);
    }

    private static String end(YearMonth month) {
        return month == null ? ".." : month.toString();
    }
}
