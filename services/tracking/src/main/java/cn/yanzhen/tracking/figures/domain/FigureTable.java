package cn.yanzhen.tracking.figures.domain;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Where a slice keeps one kind of figure: a table of counts per scope and key, to which the figures kernel adds each
 * transaction's summed contributions in one statement (rows in scope, then {@code keyOrder}: the order every writer
 * locks them in), deleting the rows whose first count reaches 0 so the table holds only what some project puts there.
 * {@code keyColumns} follow the {@code scope} column; {@code keyValues} gives a key's values for them.
 */
public record FigureTable<K>(String kind, Class<K> keyType, String table, List<String> keyColumns,
                             List<String> countColumns, Function<K, List<Object>> keyValues, Comparator<K> keyOrder) {

    public FigureTable {
        keyColumns = List.copyOf(keyColumns);
        countColumns = List.copyOf(countColumns);
    }
}
