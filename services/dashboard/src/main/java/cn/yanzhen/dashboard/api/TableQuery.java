package cn.yanzhen.dashboard.api;

import cn.yanzhen.contracts.tracking.MonthWindow;
import cn.yanzhen.dashboard.domain.DashboardTables;
import cn.yanzhen.platform.validation.Violations;
import jakarta.ws.rs.QueryParam;
import java.time.YearMonth;

/**
 * Whose table and over which months: {@code event} or {@code region}, and for the tables over time {@code from} and
 * {@code to} (months, both included, either left open). Every bad one is named in one 400.
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

    /** The query as the table takes it. */
    record Checked(String event, String region, MonthWindow window) {
    }

    /**
     * A table over time is one scope's, so it takes an event or a region, not both; the pipeline's, the parks' and
     * the chains' take a region only. Every bad field is named in one 400.
     */
    Checked checked(String table) {
        Violations violations = new Violations();
        if (event != null && !event.matches("[A-Za-z0-9._-]{1,64}")) {
            violations.add("event", "必须是活动代码（字母、数字、. _ -）/ must be an event code (letters, digits, . _ -)");
        }
        if (region != null && !region.matches("\\d{6}")) {
            violations.add("region", "必须是 6 位 GB/T 2260 地区代码 / must be a GB/T 2260 code of 6 digits");
        }
        YearMonth first = month("from", from, violations);
        YearMonth last = month("to", to, violations);
        if (first != null && last != null && last.isBefore(first)) {
            violations.add("to", "不能早于 from（" + first + "）/ must not be before from");
        }
        if (DashboardTables.OVER_TIME.contains(table) && event != null && region != null) {
            violations.add("region", "与 event 二选一 / give event or region, not both, for " + table);
        }
        if (DashboardTables.REGION_ONLY.contains(table)) {
            notTaken("event", event, table, violations);
            notTaken("from", from, table, violations);
            notTaken("to", to, table, violations);
        }
        violations.throwIfAny("查询参数不成立 / The query does not make a table.");
        return new Checked(event, region, new MonthWindow(first, last));
    }

    private static void notTaken(String field, String value, String table, Violations violations) {
        if (value != null && !value.isEmpty() && !violations.has(field)) {
            violations.add(field, table + " 只按地区（region）查询 / " + table + " takes a region only");
        }
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
