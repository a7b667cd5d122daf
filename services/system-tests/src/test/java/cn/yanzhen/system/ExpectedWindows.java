package cn.yanzhen.system;

import cn.yanzhen.contracts.tracking.PeriodFigures;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A window of months as the dashboard's window and trend tables show it (docs/contract.md §4.5.6): the thirteen
 * figures of a period in the tables' column order, summed over months.
 */
final class ExpectedWindows {

    private static final List<String> TALLIES = List.of("signed", "commenced", "inProduction", "reachedDesignCapacity",
            "verifiedCommenced", "verifiedInProduction");

    private ExpectedWindows() {
    }

    /** A period's figures (tracking's PeriodFigures) in the order of the tables' columns after the period. */
    static List<Long> figures(JsonNode period) {
        List<Long> figures = new ArrayList<>();
        TALLIES.forEach(tally -> {
            figures.add(period.at("/" + tally + "/count").asLong());
            figures.add(period.at("/" + tally + "/investmentYuan").asLong());
        });
        figures.add(period.get("completedInvestmentYuan").asLong());
        return figures;
    }

    /** The sum of tracking's months from {@code from} to {@code to}, both included. */
    static List<Long> sum(JsonNode months, String from, String to) {
        List<List<Long>> inWindow = new ArrayList<>();
        months.forEach(month -> {
            String period = month.get("period").asText();
            if (period.compareTo(from) >= 0 && period.compareTo(to) <= 0) {
                inWindow.add(figures(month));
            }
        });
        return columnSums(inWindow);
    }

    /** The sum of the rows of a table on screen, figure by figure, past its first column (the period). */
    static List<Long> sumOfRows(List<List<String>> rows) {
        return columnSums(rows.stream().map(row -> row.subList(1, row.size()).stream().map(Long::parseLong).toList())
                .toList());
    }

    /** The figures of one row on screen past its period. */
    static List<Long> figures(List<String> row) {
        return sumOfRows(List.of(row));
    }

    /** Every month from the first to the last, both included. */
    static List<String> monthsBetween(String first, String last) {
        List<String> months = new ArrayList<>();
        YearMonth end = YearMonth.parse(last);
        for (YearMonth month = YearMonth.parse(first); !month.isAfter(end); month = month.plusMonths(1)) {
            months.add(month.toString());
        }
        return months;
    }

    private static List<Long> columnSums(List<List<Long>> rows) {
        List<Long> sums = new ArrayList<>(Collections.nCopies(TALLIES.size() * 2 + 1, 0L));
        rows.forEach(row -> {
            for (int i = 0; i < sums.size(); i++) {
                sums.set(i, sums.get(i) + row.get(i));
            }
        });
        return sums;
    }
}
