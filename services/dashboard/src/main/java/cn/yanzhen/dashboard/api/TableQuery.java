package cn.yanzhen.dashboard.api;

import cn.yanzhen.dashboard.domain.DashboardTables;
import cn.yanzhen.dashboard.domain.MonthWindow;
import cn.yanzhen.platform.api.ProblemException;
import jakarta.ws.rs.QueryParam;
import java.time.YearMonth;

/**
 * Whose table and over which months: {@code event} or {@code region}, and for the tables over time {@code from} and
 * {@code to} (months, both included, either left open). Each bad one is a 400 naming it.
 */
public class TableQuery {

    private static final String MONTH = "\\d{4}-(0[1-9]|1[0-2])";

    @QueryParam("event")
    String event;
    @QueryParam("region")
    String region;
    @QueryParam("from")
    String from;
    @QueryParam("to")
    String to;

    String event() {
        if (event != null && !event.matches("[A-Za-z0-9._-]{1,64}")) {
            throw ProblemException.badRequest("event", "must be an event code (letters, digits, . _ -)");
        }
        return event;
    }

    String region() {
        if (region != null && !region.matches("\\d{6}")) {
            throw ProblemException.badRequest("region", "must be a GB/T 2260 code of 6 digits");
        }
        return region;
    }

    /** The months asked for; a table over time is one scope's, so it takes an event or a region, not both. */
    MonthWindow window(String table) {
        YearMonth first = month("from", from);
        YearMonth last = month("to", to);
        if (first != null && last != null && last.isBefore(first)) {
            throw ProblemException.badRequest("to", "不能早于 from（" + first + "）/ must not be before from");
        }
        if (DashboardTables.OVER_TIME.contains(table) && event != null && region != null) {
            throw ProblemException.badRequest("region", "与 event 二选一 / give event or region, not both, for " + table);
        }
        return new MonthWindow(first, last);
    }

    private static YearMonth month(String field, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (!value.matches(MONTH)) {
            throw ProblemException.badRequest(field, "必须是 YYYY-MM 格式的月份 / must be a month as YYYY-MM");
        }
        return YearMonth.parse(value);
    }
}
