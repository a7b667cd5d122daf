package cn.yanzhen.dashboard.domain;

import cn.yanzhen.contracts.capacity.RegionCapacity;
import cn.yanzhen.contracts.chain.IndustrialChain;
import cn.yanzhen.contracts.park.Park;
import cn.yanzhen.contracts.pipeline.Lead;
import cn.yanzhen.contracts.tracking.Stats;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Everything the screen shows, as the topics deliver it: tracking's figures per scope as published (the latest
 * {@code yanzhen.stats} record per scope, so they equal tracking's API), each region's capacity, and the newest
 * alerts, each lead of the pipeline as it stands (the latest {@code yanzhen.pipeline} record per lead), and the parks
 * and industrial chains intake registers (the latest record per code). It holds one entry per scope, region, kept
 * alert, lead, park and chain, however long the history behind them.
 */
public final class ReadModel {

    /** The alerts kept, newest first; the feed reads as many of the newest per partition at each start. */
    public static final int ALERTS_KEPT = 5_000;

    private final TreeMap<String, Stats> statsByScope = new TreeMap<>();
    private final SortedMap<String, Breakdown> breakdowns = new TreeMap<>();
    private final Map<String, RegionCapacity> capacityByRegion = new TreeMap<>();
    /** The names of the projects in events' overdue lists: the alerts about them name them. */
    private final Map<UUID, String> overdueNames = new HashMap<>();
    private final Deque<FeedAlert> alerts = new ArrayDeque<>();
    private final Set<String> alertIds = new HashSet<>();
    private final Map<String, PipelineLead> leads = new HashMap<>();
    private final Map<String, Park> parks = new TreeMap<>();
    private final Map<String, IndustrialChain> chains = new TreeMap<>();
    private long version;

    public synchronized void stats(Stats stats) {
        if (Breakdown.isBreakdown(stats.scope())) {
            breakdowns.put(stats.scope(), Breakdown.of(stats));
        } else {
            forgetNames(statsByScope.put(stats.scope(), stats));
            stats.overdueProjects().stream().filter(project -> project.projectName() != null)
                    .forEach(project -> overdueNames.put(project.signingId(), project.projectName()));
        }
        version++;
    }

    public synchronized void capacity(RegionCapacity capacity) {
        capacityByRegion.put(capacity.regionCode(), capacity);
        version++;
    }

    public synchronized void alert(FeedAlert entry) {
        if (!alertIds.add(entry.eventId())) {
            return;
        }
        alerts.addFirst(entry);
        if (alerts.size() > ALERTS_KEPT) {
            alertIds.remove(alerts.removeLast().eventId());
        }
        version++;
    }

    /** A lead replaces what its earlier records said of it: only where it stands now counts. */
    public synchronized void lead(Lead lead) {
        leads.put(lead.leadId(), PipelineLead.of(lead));
        version++;
    }

    public synchronized void park(Park park) {
        parks.put(park.code(), park);
        version++;
    }

    public synchronized void chain(IndustrialChain chain) {
        chains.put(chain.code(), chain);
        version++;
    }

    /** Grows with every change; the live stream sends a new picture when it has moved. */
    public synchronized long version() {
        return version;
    }

    public synchronized Optional<Stats> stats(String scope) {
        return Optional.ofNullable(statsByScope.get(scope));
    }

    /**
     * The records of all, event:, region:, industry: and region-industry: scopes and of the sending side's (origin:,
     * flow:, zone-flow:).
     */
    public synchronized Map<String, Stats> allStats() {
        return new TreeMap<>(statsByScope);
    }

    /** The records of the scopes whose name starts with {@code prefix}, by scope. */
    public synchronized SortedMap<String, Stats> statsStartingWith(String prefix) {
        return new TreeMap<>(statsByScope.subMap(prefix, prefix + Character.MAX_VALUE));
    }

    /** The breakdowns whose scope starts with {@code prefix}, by the rest of their scope (e.g. a prefecture's code). */
    public synchronized SortedMap<String, Breakdown> breakdowns(String prefix) {
        SortedMap<String, Breakdown> byKey = new TreeMap<>();
        breakdowns.subMap(prefix, prefix + Character.MAX_VALUE)
                .forEach((scope, breakdown) -> byKey.put(scope.substring(prefix.length()), breakdown));
        return byKey;
    }

    public synchronized List<RegionCapacity> capacities() {
        return List.copyOf(capacityByRegion.values());
    }

    public synchronized Optional<RegionCapacity> capacity(String regionCode) {
        return Optional.ofNullable(capacityByRegion.get(regionCode));
    }

    /** Every lead as it stands, in no order. */
    public synchronized List<PipelineLead> leads() {
        return List.copyOf(leads.values());
    }

    /** Every park as intake last registered it, by code. */
    public synchronized List<Park> parks() {
        return List.copyOf(parks.values());
    }

    /** Every industrial chain as intake last set it, by code. */
    public synchronized List<IndustrialChain> chains() {
        return List.copyOf(chains.values());
    }

    /** Newest first. */
    public synchronized List<FeedAlert> alerts() {
        return List.copyOf(alerts);
    }

    /** A project's name as an event's overdue list gives it, for the alerts about it. */
    public synchronized Optional<String> projectName(UUID signingId) {
        return Optional.ofNullable(overdueNames.get(signingId));
    }

    private void forgetNames(Stats replaced) {
        if (replaced != null) {
            replaced.overdueProjects().forEach(project -> overdueNames.remove(project.signingId()));
        }
    }
}
