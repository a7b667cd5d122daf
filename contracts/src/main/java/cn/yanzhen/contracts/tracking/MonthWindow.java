package cn.yanzhen.contracts.tracking;

import java.time.YearMonth;

/**
 * A window of whole months, both ends included; a null end leaves it open on that side (docs/contract.md §4.5.6).
 * Its {@link #period()} names it as a window's total does: "2025-01/2025-06", ".." for an open end.
 */
public record MonthWindow(YearMonth from, YearMonth to) {

    public static final MonthWindow ALL_TIME = new MonthWindow(null, null);

    public MonthWindow {
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("the window ends (" + to + ") before it begins (" + from + ")");
        }
    }

    /** Whether a month lies inside the window. */
    public boolean contains(YearMonth month) {
        return (from == null || !month.isBefore(from)) && (to == null || !month.isAfter(to));
    }

    public String period() {
        return end(from) + "/" + end(to);
    }

    /** The first month in the window as a series keeps months ("2025-07"); one before any there is when open. */
    public String firstMonth() {
        return from == null ? "0000-01" : from.toString();
    }

    /** The last month in the window as a series keeps months; one after any there is when open. */
    public String lastMonth() {
        return to == null ? "9999-12" : to.toString();
    }

    private static String end(YearMonth month) {
        return month == null ? ".." : month.toString();
    }
}
