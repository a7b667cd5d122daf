package cn.yanzhen.dashboard.domain;

import cn.yanzhen.contracts.alert.Alert;
import cn.yanzhen.contracts.capacity.RegionCapacity;
import cn.yanzhen.contracts.matching.SigningMatched;
import cn.yanzhen.contracts.signing.RepeatLinkChanged;
import cn.yanzhen.contracts.signing.Signing;
import cn.yanzhen.contracts.tracking.ProjectProgressed;
import cn.yanzhen.contracts.tracking.Stats;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Everything the screen shows, as the topics deliver it. Tracking's figures per scope are taken as
 * published (the latest {@code yanzhen.stats} record per scope), so they equal tracking's API; the
 * per-project facts serve the breakdowns no scope has. Records of one signing arrive on several
 * topics in any order, so what comes before its signing waits for it.
 */
public final class ReadModel {

    static final int ALERTS_KEPT = 5_000;

    private final Map<String, Stats> statsByScope = new TreeMap<>();
    private final Map<String, RegionCapacity> capacityByRegion = new TreeMap<>();
    private final Map<UUID, ProjectFacts> projects = new LinkedHashMap<>();
    /** Repeat signings and the earliest signing of the project each follows. */
    private final Map<UUID, UUID> repeatOf = new HashMap<>();
    private final Map<UUID, String> earlyVerdicts = new HashMap<>();
    private final Map<UUID, List<ProjectProgressed>> earlyProgress = new HashMap<>();
    private final Set<UUID> earlyOverdue = new HashSet<>();
    private final Set<UUID> earlyWithdrawals = new HashSet<>();
    private final Deque<FeedAlert> alerts = new ArrayDeque<>();
    private final Set<String> alertIds = new HashSet<>();
    private long version;

    public synchronized void stats(Stats stats) {
        statsByScope.put(stats.scope(), stats);
        version++;
    }

    public synchronized void capacity(RegionCapacity capacity) {
        capacityByRegion.put(capacity.regionCode(), capacity);
        version++;
    }

    public synchronized void registered(Signing signing) {
        if (projects.containsKey(signing.id())) {
            return;
        }
        if (signing.repeatOf() != null) {
            repeatOf.put(signing.id(), signing.repeatOf().signingId());
        }
        ProjectFacts project = ProjectFacts.registered(signing, earlyVerdicts.remove(signing.id()));
        for (ProjectProgressed report : earlyProgress.getOrDefault(signing.id(), List.of())) {
            project = project.progressed(report);
        }
        earlyProgress.remove(signing.id());
        if (earlyOverdue.remove(signing.id())) {
            project = project.markedOverdue();
        }
        if (earlyWithdrawals.remove(signing.id())) {
            project = project.withdrawn();
        }
        projects.put(signing.id(), project);
        version++;
    }

    /** A repeat link set, confirmed or released (it follows its signing's registration on the same key). */
    public synchronized void repeatChanged(RepeatLinkChanged change) {
        if (change.after() == null) {
            repeatOf.remove(change.signingId());
        } else {
            repeatOf.put(change.signingId(), change.after().signingId());
        }
        version++;
    }

    public synchronized void withdrawn(Signing signing) {
        ProjectFacts project = projects.get(signing.id());
        if (project == null) {
            earlyWithdrawals.add(signing.id());
            return;
        }
        projects.put(signing.id(), project.withdrawn());
        version++;
    }

    public synchronized void matched(SigningMatched match) {
        ProjectFacts project = projects.get(match.signingId());
        if (project == null) {
            earlyVerdicts.put(match.signingId(), match.verdict().name());
            return;
        }
        projects.put(match.signingId(), project.matched(match.verdict().name()));
        version++;
    }

    public synchronized void progressed(ProjectProgressed report) {
        ProjectFacts project = projects.get(report.signingId());
        if (project == null) {
            earlyProgress.computeIfAbsent(report.signingId(), id -> new ArrayList<>()).add(report);
            return;
        }
        projects.put(report.signingId(), project.progressed(report));
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
        if (entry.alert().code() == Alert.AlertCode.OVERDUE_COMMENCEMENT) {
            overdue(entry.alert().subject());
        }
        version++;
    }

    private void overdue(String subject) {
        UUID signingId;
        try {
            signingId = UUID.fromString(subject);
        } catch (IllegalArgumentException notAProject) {
            return;
        }
        ProjectFacts project = projects.get(signingId);
        if (project == null) {
            earlyOverdue.add(signingId);
        } else {
            projects.put(signingId, project.markedOverdue());
        }
    }

    /** Grows with every change; the live stream sends a new picture when it has moved. */
    public synchronized long version() {
        return version;
    }

    public synchronized Optional<Stats> stats(String scope) {
        return Optional.ofNullable(statsByScope.get(scope));
    }

    public synchronized Map<String, Stats> allStats() {
        return new TreeMap<>(statsByScope);
    }

    public synchronized List<RegionCapacity> capacities() {
        return List.copyOf(capacityByRegion.values());
    }

    public synchronized Optional<RegionCapacity> capacity(String regionCode) {
        return Optional.ofNullable(capacityByRegion.get(regionCode));
    }

    /** Every project as its event counts it: a repeat with its earliest signing's progress. */
    public synchronized List<ProjectFacts> projects() {
        return projects.values().stream().map(this::counted).toList();
    }

    public synchronized Optional<ProjectFacts> project(UUID signingId) {
        return Optional.ofNullable(projects.get(signingId)).map(this::counted);
    }

    private ProjectFacts counted(ProjectFacts project) {
        UUID earliest = repeatOf.get(project.signingId());
        return project.following(earliest != null, earliest == null ? null : projects.get(earliest));
    }

    /** Newest first. */
    public synchronized List<FeedAlert> alerts() {
        return List.copyOf(alerts);
    }
}
