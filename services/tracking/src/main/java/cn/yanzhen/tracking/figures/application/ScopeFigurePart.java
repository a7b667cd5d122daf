package cn.yanzhen.tracking.figures.application;

import java.util.Map;

/** A slice's part of the record a scope publishes on {@code yanzhen.stats} and answers at {@code /api/stats}. */
public interface ScopeFigurePart {

    /** Reads this part of the figures of every scope in {@code drafts} (by scope) into its draft. */
    void readInto(Map<String, StatsDraft> drafts);
}
