package cn.yanzhen.tracking.figures.application;

import cn.yanzhen.contracts.EventTypes;
import cn.yanzhen.contracts.Topics;
import cn.yanzhen.platform.outbox.Outbox;
import cn.yanzhen.platform.outbox.OutgoingEvent;
import cn.yanzhen.tracking.figures.domain.Contribution;
import cn.yanzhen.tracking.figures.domain.FigureChanges;
import cn.yanzhen.tracking.figures.domain.FigureTable;
import cn.yanzhen.tracking.figures.domain.Scopes;
import cn.yanzhen.tracking.figures.persistence.ScopeCounts;
import cn.yanzhen.tracking.figures.persistence.ScopeFigures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The figures kernel: a transaction's changes written, each changed scope once, to the project counts and to the
 * table of every kind of figure the slices contributed to, and each changed scope's new record published once on
 * the compacted {@code yanzhen.stats}, where only the latest record per scope matters.
 */
@ApplicationScoped
public class Figures {

    private final ScopeFigures scopeFigures;
    private final ScopeCounts counts;
    private final List<FigureTable<?>> tables;
    private final FigureReading reading;
    private final Scopes scopes;
    private final Outbox outbox;

    Figures(ScopeFigures scopeFigures, ScopeCounts counts, Instance<ScopeFigureTable> tables, FigureReading reading,
            Scopes scopes, Outbox outbox) {
        this.scopeFigures = scopeFigures;
        this.counts = counts;
        // kinds in name order: every writer takes the tables' row locks in the same order
        this.tables = tables.stream().map(ScopeFigureTable::table)
                .sorted(Comparator.comparing(FigureTable::kind)).toList();
        this.reading = reading;
        this.scopes = scopes;
        this.outbox = outbox;
    }

    public FigureChanges newChanges() {
        return new FigureChanges(scopes);
    }

    public void writeAndPublish(FigureChanges changes) {
        SortedMap<String, Contribution> changed = changes.changed();
        if (changed.isEmpty()) {
            return;
        }
        Map<String, FigureTable<?>> byKind = tables.stream()
                .collect(Collectors.toMap(FigureTable::kind, Function.identity()));
        changes.kinds().stream().filter(kind -> !byKind.containsKey(kind)).findFirst().ifPresent(kind -> {
            throw new IllegalStateException("no table keeps figures of kind " + kind);
        });
        // the scope rows first: their locks, taken in scope order, serialise every writer of the same scope
        scopeFigures.add(changed);
        tables.forEach(table -> counts.add(table, changes.changesOf(table.kind())));
        outbox.publishAll(reading.read(List.copyOf(changed.keySet())).stream()
                .map(stats -> new OutgoingEvent(Topics.STATS, EventTypes.STATS, stats.scope(), stats)).toList());
    }
}
