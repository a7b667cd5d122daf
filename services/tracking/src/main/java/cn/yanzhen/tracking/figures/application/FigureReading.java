package cn.yanzhen.tracking.figures.application;

import cn.yanzhen.contracts.tracking.Stats;
import cn.yanzhen.tracking.figures.domain.Contribution;
import cn.yanzhen.tracking.figures.persistence.ScopeFigures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The records of scopes as published and answered: their project counts and every slice's part, read at once. */
@ApplicationScoped
public class FigureReading {

    private final ScopeFigures scopeFigures;
    private final Instance<ScopeFigurePart> parts;

    FigureReading(ScopeFigures scopeFigures, Instance<ScopeFigurePart> parts) {
        this.scopeFigures = scopeFigures;
        this.parts = parts;
    }

    public List<Stats> read(List<String> scopes) {
        if (scopes.isEmpty()) {
            return List.of();
        }
        Map<String, long[]> counts = scopeFigures.read(scopes);
        Map<String, StatsDraft> drafts = new LinkedHashMap<>();
        scopes.forEach(scope -> drafts.put(scope, new StatsDraft()));
        parts.forEach(part -> part.readInto(drafts));
        return scopes.stream()
                .map(scope -> drafts.get(scope).toStats(scope, counts.getOrDefault(scope, new long[Contribution.FIELDS])))
                .toList();
    }

    /** The record of a scope; a scope without projects has zeros. */
    public Stats read(String scope) {
        return read(List.of(scope)).get(0);
    }
}
