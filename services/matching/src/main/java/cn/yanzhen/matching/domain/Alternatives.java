package cn.yanzhen.matching.domain;

import java.util.Comparator;
import java.util.List;

/** Up to three other regions with a capacity profile where the same signing would score higher. */
public final class Alternatives {

    public static final int MOST = 3;

    private Alternatives() {
    }

    public static List<Evaluation> better(Evaluation chosen, List<Evaluation> others) {
        return others.stream()
                .filter(other -> !other.region().equals(chosen.region()))
                .filter(other -> other.score() > chosen.score())
                .sorted(Comparator.comparingInt(Evaluation::score).reversed().thenComparing(Evaluation::region))
                .limit(MOST)
                .toList();
    }
}
