package cn.yanzhen.tracking.domain;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The changes that one transaction makes to the figures, summed per scope: however many projects
 * a batch changes, each scope is written once and published once. Scopes come out in name order, the
 * order every transaction locks them in, so two transactions never wait on each other in a circle.
 */
public final class FigureChanges {

    private final Scopes scopes;
    private final SortedMap<String, Contribution> byScope = new TreeMap<>();
    private final Set<String> touched = new HashSet<>();

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
        if (inEvent.isZero() && beyondEvent.isZero()) {
            return;
        }
        String event = Scopes.event(eventCode);
        for (String scope : scopes.of(eventCode, destinationRegion, industryCode)) {
            byScope.merge(scope, scope.equals(event) ? inEvent : beyondEvent, Contribution::plus);
        }
    }

    /**
     * Marks every scope of a project as changed though its figures may not be: its verification backlog
     * moved, which the scope's published record shows too.
     */
    public void touch(String eventCode, String destinationRegion, String industryCode) {
        for (String scope : scopes.of(eventCode, destinationRegion, industryCode)) {
            byScope.merge(scope, Contribution.NONE, Contribution::plus);
            touched.add(scope);
        }
    }

    /** The scopes whose figures change (or that were touched), in name order, with their summed change. */
    public SortedMap<String, Contribution> changed() {
        SortedMap<String, Contribution> changed = new TreeMap<>();
        for (Map.Entry<String, Contribution> entry : byScope.entrySet()) {
            if (!entry.getValue().isZero() || touched.contains(entry.getKey())) {
                changed.put(entry.getKey(), entry.getValue());
            }
        }
        return changed;
    }
}
