package cn.yanzhen.tracking.figures.domain;

/**
 * What a slice adds to one kind of figure that every scope of a project keeps (docs/contract.md §4.5): counts under a
 * key of that kind (a cycle-time mark, an obstacle's mark, an outcome's period). The figures kernel adds it to each
 * scope the project counts in, sums a transaction's contributions per scope and key, and writes the sums once to the
 * kind's {@link FigureTable}. A new kind of figure is a new kind of contribution: its slice says what it counts, the
 * kernel where the scope's record shows it.
 */
public record FigureContribution(String kind, Object key, long[] counts) {

    public FigureContribution {
        counts = counts.clone();
    }

    public static FigureContribution of(String kind, Object key, long... counts) {
        return new FigureContribution(kind, key, counts);
    }

    @Override
    public long[] counts() {
        return counts.clone();
    }
}
