package cn.yanzhen.tracking.figures.api;

import cn.yanzhen.contracts.tracking.MonthWindow;
import cn.yanzhen.platform.validation.Violations;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The window of months a query names ({@code from}, {@code to}: YYYY-MM, both included, either left out for an open
 * end), and the scopes that keep monthly series (docs/contract.md §4.5.6).
 */
final class WindowParams {

    private static final List<String> WITHOUT_MONTHS = List.of("event-prefecture:", "event-industry:", "zone-factor:");

    private WindowParams() {
    }

    static MonthWindow window(String from, String to, String scope) {
        Violations violations = new Violations();
        if (WITHOUT_MONTHS.stream().anyMatch(scope::startsWith)) {
            violations.add("event", "a window is kept for everything, an event, a region, an industry, a region with "
                    + "an industry, or an origin; not for an event's breakdowns or a zone's factor class");
        }
        YearMonth first = month("from", from, violations);
        YearMonth last = month("to", to, violations);
        if (first != null && last != null && first.isAfter(last)) {
            violations.add("to", "must not be before from");
        }
        violations.throwIfAny("The figures are asked for a window that is not kept.");
        return new MonthWindow(first, last);
    }

    private static YearMonth month(String field, String value, Violations violations) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            if (value.strip().matches("\\d{4}-\\d{2}")) {
                return YearMonth.parse(value.strip());
            }
        } catch (DateTimeParseException e) {
            // a month past 12: refused below, as any other text
        }
        violations.add(field, "must be a month as YYYY-MM, such as 2025-07");
        return null;
    }
}
