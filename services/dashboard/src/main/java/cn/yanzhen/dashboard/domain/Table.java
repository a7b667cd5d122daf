package cn.yanzhen.dashboard.domain;

import java.util.List;

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
}
