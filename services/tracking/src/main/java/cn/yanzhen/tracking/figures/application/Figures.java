package cn.yanzhen.tracking.figures.application;

import cn.yanzhen.contracts.EventTypes;
import cn.yanzhen.contracts.Topics;
import cn.yanzhen.platform.outbox.Outbox;
import cn.yanzhen.platform.outbox.OutgoingEvent;
import cn.yanzhen.tracking.figures.domain.Contribution;
import cn.yanzhen.tracking.figures.domain.FigureChanges;
import cn.yanzhen.tracking.figures.domain.Scopes;
import cn.yanzhen.tracking.figures.persistence.ScopeCycles;
import cn.yanzhen.tracking.figures.persistence.ScopeEnergy;
import cn.yanzhen.tracking.figures.persistence.ScopeFigures;
import cn.yanzhen.tracking.obstacles.persistence.ScopeObstacles;
import cn.yanzhen.tracking.outcomes.persistence.ScopeOutcomes;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.SortedMap;

/**
 * The figures of a transaction's changes: each changed scope written once and its new figures published
 * once on the compacted {@code yanzhen.stats}, where only the latest record per scope matters.
 */
@ApplicationScoped
public class Figures {

    private final ScopeFigures scopeFigures;
    private final ScopeCycles cycles;
    private final ScopeEnergy energy;
    private final ScopeObstacles obstacles;
    private final ScopeOutcomes outcomes;
    private final Scopes scopes;
    private final Outbox outbox;

    Figures(ScopeFigures scopeFigures, ScopeCycles cycles, ScopeEnergy energy, ScopeObstacles obstacles,
            ScopeOutcomes outcomes, Scopes scopes,
            Outbox outbox) {
        this.scopeFigures = scopeFigures;
        this.cycles = cycles;
        this.energy = energy;
        this.obstacles = obstacles;
        this.outcomes = outcomes;
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
        // the scope rows first: their locks, taken in scope order, serialise every writer of the same scope
        scopeFigures.add(changed);
        cycles.add(changes.cycleChanges());
        energy.add(changes.energyChanges());
        obstacles.add(changes.obstacleChanges());
        outcomes.add(changes.outcomeChanges());
        outbox.publishAll(scopeFigures.read(List.copyOf(changed.keySet())).stream()
                .map(stats -> new OutgoingEvent(Topics.STATS, EventTypes.STATS, stats.scope(), stats)).toList());
    }
}
