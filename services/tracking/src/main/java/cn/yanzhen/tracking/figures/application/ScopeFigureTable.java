package cn.yanzhen.tracking.figures.application;

import cn.yanzhen.tracking.figures.domain.FigureTable;

/**
 * A kind of figure a slice keeps per scope: the kernel writes the slice's contributions of that kind to this table in
 * the transaction that made them, after the scope rows that serialise every writer of a scope.
 */
public interface ScopeFigureTable {

    FigureTable<?> table();
}
