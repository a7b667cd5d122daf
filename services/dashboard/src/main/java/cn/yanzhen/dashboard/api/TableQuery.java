package cn.yanzhen.dashboard.api;

import cn.yanzhen.contracts.tracking.MonthWindow;
import cn.yanzhen.dashboard.domain.DashboardTables;
import cn.yanzhen.platform.api.ProblemException;
import cn.yanzhen.platform.validation.Violations;
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

    /**
     * The months asked for; a table over time is one scope's, so it takes an event or a region, not both. Every bad
     * one is named in one 400.
     */
    MonthWindow window(String table) {
        Violations violations = new Violations();
        YearMonth first = month("from", from, violations);
        YearMonth last = month("to", to, violations);
        if (first != null && last != null && last.isBefore(first)) {
            violations.add("to", "不能早于 from（" + first + "）/ must not be before from");
        }
        if (DashboardTables.OVER_TIME.contains(table) && event != null && region != null) {
            violations.add("region", "与 event 二选一 / give event or region, not both, for " + table);
        }
        violations.throwIfAny("时段不成立 / The months asked for do not make a window.");
        return new MonthWindow(first, last);
    }

    private static YearMonth month(String field, String value, Violations violations) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (!value.matches(MONTH)) {
            violations.add(field, "必须是 YYYY-MM 格式的月份 / must be a month as YYYY-MM");
            return null;
        }
        return YearMonth.parse(value);
    }
}
