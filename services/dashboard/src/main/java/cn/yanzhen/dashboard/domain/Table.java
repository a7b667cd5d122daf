package cn.yanzhen.dashboard.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** What the page shows as a table and what its CSV and .xlsx exports contain, cell for cell. */
public record Table(String name, String title, List<Column> columns, List<List<Object>> rows) {

    public Table {
        for (List<Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException(name + ": a row of " + row.size() + " cells under "
                        + columns.size() + " columns");
            }
        }
    }

    /** A table of breakdowns, one row per key where some project counts: the key's own cells, then its figures. */
    static Table ofBreakdowns(String name, String title, List<Column> keyColumns, Map<String, Breakdown> breakdowns,
                              Function<String, List<Object>> keyCells) {
        List<Column> columns = new ArrayList<>(keyColumns);
        columns.addAll(List.of(Column.count("签约项目"), Column.yuan("签约额"), Column.count("开工项目"),
                Column.rate("开工率"), Column.count("投产项目"), Column.yuan("完成投资"), Column.count("逾期未开工")));
        List<List<Object>> rows = new ArrayList<>();
        breakdowns.forEach((key, figures) -> {
            if (figures.counts()) {
                List<Object> row = new ArrayList<>(keyCells.apply(key));
                row.addAll(List.of(figures.signedCount(), figures.signedYuan(), figures.commencedCount(),
                        figures.commencementRate(), figures.inProductionCount(), figures.completedYuan(),
                        figures.overdue()));
                rows.add(row);
            }
        });
        return new Table(name, title, columns, rows);
    }
}
