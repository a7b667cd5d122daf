package cn.yanzhen.tracking.figures.domain;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The changes that one transaction makes to the figures, summed per scope: however many projects
 * a batch changes, each scope is written once and published once. Scopes come out in name order, the
 * order every transaction locks them in, so two transactions never wait on each other in a circle.
 * A project's move adds to its scopes' project counts ({@link Contribution}), cycle times, energy and monthly
 * series; every other kind of figure arrives from its slice as a {@link FigureContribution}.
 */
public final class FigureChanges {

    private static final String REGION = Scopes.region("");

    private final Scopes scopes;
    private final SortedMap<String, Contribution> byScope = new TreeMap<>();
    private final Set<String> touched = new HashSet<>();
    private final Map<String, ScopeTallies> byKind = new HashMap<>();

    public FigureChanges(Scopes scopes) {
        this.scopes = scopes;
    }

    /**
     * Adds what a project's move from {@code before} to {@code after} does to each scope it counts in: its
     * event counts every signing, the scopes beyond it count a repeated project once.
     */
    public void add(Place place, ProjectState before, ProjectState after) {
        String destinationRegion = place.destinationRegion();
        String industryCode = place.industryCode();
        Contribution inEvent = Contribution.change(before, after);
        Contribution beyondEvent = Contribution.changeBeyondEvent(before, after);
        String event = Scopes.event(place.eventCode());
        for (String scope : scopes.of(place)) {
            boolean inItsEvent = scope.equals(event);
            Contribution contribution = inItsEvent ? inEvent : beyondEvent;
            addCounts(scope, contribution);
            addCycles(scope, inItsEvent ? CycleMark.of(before) : CycleMark.beyondEvent(before), -1);
            addCycles(scope, inItsEvent ? CycleMark.of(after) : CycleMark.beyondEvent(after), 1);
            addEnergy(scope, inItsEvent ? EnergyUse.of(destinationRegion, before)
                    : EnergyUse.beyondEvent(destinationRegion, before), -1);
            addEnergy(scope, inItsEvent ? EnergyUse.of(destinationRegion, after)
                    : EnergyUse.beyondEvent(destinationRegion, after), 1);
            addMarks(scope, inItsEvent ? MonthMark.of(before, -1) : MonthMark.beyondEvent(before, -1));
            addMarks(scope, inItsEvent ? MonthMark.of(after, 1) : MonthMark.beyondEvent(after, 1));
            addMarks(scope, inItsEvent ? LandTaken.of(before, -1) : LandTaken.beyondEvent(before, -1));
            addMarks(scope, inItsEvent ? LandTaken.of(after, 1) : LandTaken.beyondEvent(after, 1));
        }
        // the cuts of region and industry keep project counts and monthly series: what a window of months asks of them
        for (String cut : scopes.cutsOf(destinationRegion, industryCode)) {
            addCounts(cut, beyondEvent);
            addMarks(cut, MonthMark.beyondEvent(before, -1));
            addMarks(cut, MonthMark.beyondEvent(after, 1));
        }
        if (before == null && after != null) {
            scopes.of(place).stream().filter(scope -> scope.startsWith(REGION))
                    .forEach(scope -> contribute(scope, IndustryGroups.registered(industryCode)));
        }
        // the breakdowns keep project counts only: the dashboard's tables show nothing else of them
        for (String breakdown : scopes.eventBreakdowns(place.eventCode(), destinationRegion, industryCode)) {
            addCounts(breakdown, inEvent);
        }
        scopes.zoneFactor(destinationRegion, industryCode).ifPresent(breakdown -> addCounts(breakdown, beyondEvent));
        addSending(destinationRegion, before, -1);
        addSending(destinationRegion, after, 1);
    }

    /** Adds a slice's contribution to every scope its project counts in. */
    public void contribute(Place place, FigureContribution contribution) {
        for (String scope : scopes.of(place)) {
            contribute(scope, contribution);
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
    public void touch(Place place) {
        touch(scopes.of(place));
    }

    /**
     * The scopes whose figures change (or that were touched), in name order, with their summed change; a scope whose
     * only change is in another kind of figure is there with a zero contribution.
     */
    public SortedMap<String, Contribution> changed() {
        SortedMap<String, Contribution> changed = new TreeMap<>();
        for (Map.Entry<String, Contribution> entry : byScope.entrySet()) {
            if (!entry.getValue().isZero() || touched.contains(entry.getKey())) {
                changed.put(entry.getKey(), entry.getValue());
            }
        }
        byKind.values().forEach(kind -> kind.changed().keySet()
                .forEach(scope -> changed.putIfAbsent(scope, Contribution.NONE)));
        return changed;
    }

    /** The kinds of figure with changes that do not cancel out. */
    public Set<String> kinds() {
        Set<String> kinds = new HashSet<>();
        byKind.forEach((kind, tallies) -> {
            if (!tallies.changed().isEmpty()) {
                kinds.add(kind);
            }
        });
        return kinds;
    }

    /** The summed changes of one kind: per scope in name order, the counts added under each key. */
    public SortedMap<String, Map<Object, long[]>> changesOf(String kind) {
        ScopeTallies tallies = byKind.get(kind);
        return tallies == null ? new TreeMap<>() : tallies.changed();
    }

    /** The same with typed keys, each key's counts read as {@code value}. */
    public <K, V> SortedMap<String, Map<K, V>> changesOf(String kind, Class<K> keyType, Function<long[], V> value) {
        SortedMap<String, Map<K, V>> typed = new TreeMap<>();
        changesOf(kind).forEach((scope, counts) -> {
            Map<K, V> byKey = new HashMap<>();
            counts.forEach((key, values) -> byKey.put(keyType.cast(key), value.apply(values.clone())));
            typed.put(scope, byKey);
        });
        return typed;
    }

    /** The changes of a kind that keeps one count per key: +n or −n per key. */
    public <K> SortedMap<String, Map<K, Long>> countsOf(String kind, Class<K> keyType) {
        return changesOf(kind, keyType, counts -> counts[0]);
    }

    private void addCounts(String scope, Contribution contribution) {
        if (!contribution.isZero()) {
            byScope.merge(scope, contribution, Contribution::plus);
        }
    }

    private void contribute(String scope, FigureContribution contribution) {
        byKind.computeIfAbsent(contribution.kind(), kind -> new ScopeTallies())
                .add(scope, contribution.key(), contribution.counts());
    }

    /** Adds (sign 1) or takes away (sign −1) a state in the scopes of its origin, each state by its own origin. */
    private void addSending(String destinationRegion, ProjectState state, int sign) {
        if (state == null) {
            return;
        }
        Contribution counts = sign > 0 ? Contribution.changeBeyondEvent(null, state)
                : Contribution.changeBeyondEvent(state, null);
        for (String scope : scopes.sending(state.originRegion(), destinationRegion)) {
            addCounts(scope, counts);
            addCycles(scope, CycleMark.beyondEvent(state), sign);
            addEnergy(scope, EnergyUse.beyondEvent(destinationRegion, state), sign);
            addMarks(scope, MonthMark.beyondEvent(state, sign));
        }
    }

    private void addCycles(String scope, List<CycleMark> marks, int sign) {
        marks.forEach(mark -> contribute(scope, mark.counted(sign)));
    }

    private void addMarks(String scope, List<FigureContribution> marks) {
        marks.forEach(mark -> contribute(scope, mark));
    }

    private void addEnergy(String scope, Map<EnergyUse, Long> uses, int sign) {
        uses.forEach((use, mwh) -> contribute(scope, use.demand(sign * mwh)));
    }
}
