package cn.yanzhen.tracking.figures.domain;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import cn.yanzhen.tracking.projects.domain.Period;
import cn.yanzhen.tracking.outcomes.domain.OutcomeChange;
import cn.yanzhen.tracking.obstacles.domain.ObstacleMark;

/**
 * The changes that one transaction makes to the figures, summed per scope: however many projects
 * a batch changes, each scope is written once and published once. Scopes come out in name order, the
 * order every transaction locks them in, so two transactions never wait on each other in a circle.
 */
public final class FigureChanges {

    private final Scopes scopes;
    private final SortedMap<String, Contribution> byScope = new TreeMap<>();
    private final Set<String> touched = new HashSet<>();
    private final ScopeTallies<CycleMark> cycles = new ScopeTallies<>();
    private final ScopeTallies<EnergyUse> energy = new ScopeTallies<>();
    private final ScopeTallies<ObstacleMark> obstacles = new ScopeTallies<>();
    private final SortedMap<String, SortedMap<Period, OutcomeChange>> outcomes = new TreeMap<>();

    public FigureChanges(Scopes scopes) {
        this.scopes = scopes;
    }

    /**
     * Adds what a project's move from {@code before} to {@code after} does to each scope it counts in: its
     * event counts every signing, the scopes beyond it count a repeated project once.
     */
    public void add(String eventCode, String destinationRegion, String industryCode, ProjectState before,
                    ProjectState after) {
        Contribution inEvent = Contribution.change(before, after);
        Contribution beyondEvent = Contribution.changeBeyondEvent(before, after);
        String event = Scopes.event(eventCode);
        for (String scope : scopes.of(eventCode, destinationRegion, industryCode)) {
            boolean inItsEvent = scope.equals(event);
            Contribution contribution = inItsEvent ? inEvent : beyondEvent;
            if (!contribution.isZero()) {
                byScope.merge(scope, contribution, Contribution::plus);
            }
            addCycles(scope, inItsEvent ? CycleMark.of(before) : CycleMark.beyondEvent(before), -1);
            addCycles(scope, inItsEvent ? CycleMark.of(after) : CycleMark.beyondEvent(after), 1);
            addEnergy(scope, inItsEvent ? EnergyUse.of(destinationRegion, before)
                    : EnergyUse.beyondEvent(destinationRegion, before), -1);
            addEnergy(scope, inItsEvent ? EnergyUse.of(destinationRegion, after)
                    : EnergyUse.beyondEvent(destinationRegion, after), 1);
        }
    }

    /**
     * Adds what an obstacle's move from {@code before} (null: just recorded) to {@code after} does to the obstacle
     * figures of every scope its project counts in.
     */
    public void moveObstacle(String eventCode, String destinationRegion, String industryCode, ObstacleMark before,
                             ObstacleMark after) {
        for (String scope : scopes.of(eventCode, destinationRegion, industryCode)) {
            if (before != null) {
                obstacles.add(scope, before, -1);
            }
            obstacles.add(scope, after, 1);
        }
    }

    /** Adds what an accepted OUTCOME report changes in the outcomes of its project's scopes for its period. */
    public void addOutcome(String eventCode, String destinationRegion, String industryCode, Period period,
                           OutcomeChange change) {
        for (String scope : scopes.of(eventCode, destinationRegion, industryCode)) {
            outcomes.computeIfAbsent(scope, key -> new TreeMap<>(Period.MOST_RECENT_FIRST))
                    .merge(period, change, OutcomeChange::plus);
        }
    }

    /** Marks scopes changed whose published record must be renewed though nothing of theirs moved here. */
    public void touch(Collection<String> changedScopes) {
        for (String scope : changedScopes) {
            byScope.merge(scope, Contribution.NONE, Contribution::plus);
            touched.add(scope);
        }
    }

    /**
     * Marks every scope of a project as changed though its figures may not be: its verification backlog
     * moved, which the scope's published record shows too.
     */
    public void touch(String eventCode, String destinationRegion, String industryCode) {
        touch(scopes.of(eventCode, destinationRegion, industryCode));
    }

    /**
     * The scopes whose figures change (or that were touched), in name order, with their summed change; a scope whose
     * only change is in its cycle times, energy, obstacles or outcomes is there with a zero contribution.
     */
    public SortedMap<String, Contribution> changed() {
        SortedMap<String, Contribution> changed = new TreeMap<>();
        for (Map.Entry<String, Contribution> entry : byScope.entrySet()) {
            if (!entry.getValue().isZero() || touched.contains(entry.getKey())) {
                changed.put(entry.getKey(), entry.getValue());
            }
        }
        cycles.changed().keySet().forEach(scope -> changed.putIfAbsent(scope, Contribution.NONE));
        energy.changed().keySet().forEach(scope -> changed.putIfAbsent(scope, Contribution.NONE));
        obstacles.changed().keySet().forEach(scope -> changed.putIfAbsent(scope, Contribution.NONE));
        outcomes.keySet().forEach(scope -> changed.putIfAbsent(scope, Contribution.NONE));
        return changed;
    }

    /** The changes to each scope's cycle-time histograms: +n or −n projects per mark. */
    public SortedMap<String, Map<CycleMark, Long>> cycleChanges() {
        return cycles.changed();
    }

    /** The changes to each scope's electricity demand, in MWh per destination and origin. */
    public SortedMap<String, Map<EnergyUse, Long>> energyChanges() {
        return energy.changed();
    }

    /** The changes to each scope's obstacle histograms: +n or −n obstacles per mark. */
    public SortedMap<String, Map<ObstacleMark, Long>> obstacleChanges() {
        return obstacles.changed();
    }

    /** The changes to each scope's outcomes per period, scopes in name order. */
    public SortedMap<String, SortedMap<Period, OutcomeChange>> outcomeChanges() {
        return outcomes;
    }

    private void addCycles(String scope, List<CycleMark> marks, int sign) {
        marks.forEach(mark -> cycles.add(scope, mark, sign));
    }

    private void addEnergy(String scope, Map<EnergyUse, Long> uses, int sign) {
        uses.forEach((use, mwh) -> energy.add(scope, use, sign * mwh));
    }
}
