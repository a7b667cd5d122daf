package cn.yanzhen.tracking.projects.application;

import cn.yanzhen.contracts.matching.SigningMatched;
import cn.yanzhen.contracts.signing.RepeatLinkChanged;
import cn.yanzhen.contracts.signing.Signing;
import cn.yanzhen.contracts.tracking.ProjectProgressed.ProjectStatus;
import cn.yanzhen.platform.messaging.IncomingEvent;
import cn.yanzhen.tracking.figures.application.Figures;
import cn.yanzhen.tracking.figures.domain.FigureChanges;
import cn.yanzhen.tracking.figures.domain.ProjectState;
import cn.yanzhen.tracking.projects.persistence.EarlyVerdicts;
import cn.yanzhen.tracking.projects.persistence.ProjectEntity;
import cn.yanzhen.tracking.projects.persistence.ProjectRows;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One consumed batch's work on projects: its signings' projects locked and loaded before the first
 * event, each event applied to them in order, and at the end the new projects inserted and the changed ones
 * updated, one statement each, and the figures of every scope they changed written and published once.
 */
final class ProjectBatch {

    private final ProjectRows projects;
    private final EarlyVerdicts earlyVerdicts;
    private final Iterable<ProjectListener> listeners;
    private final Figures figures;
    private final FigureChanges changes;
    private final Map<UUID, ProjectEntity> known;
    private final Map<UUID, String> verdictsWaiting;
    private final List<SigningMatched> verdictsBeforeSignings = new ArrayList<>();
    private final Map<UUID, ProjectEntity> added = new LinkedHashMap<>();
    /** The changed projects that were there before the batch, with the columns they had. */
    private final Map<UUID, Columns> changedFrom = new LinkedHashMap<>();
    private final Instant now;

    /** What a batch of signings or verdicts may change of a project that exists. */
    private record Columns(ProjectStatus status, boolean overdue, String verdict, UUID repeatOf) {

        static Columns of(ProjectEntity project) {
            return new Columns(project.status, project.overdue, project.verdict, project.repeatOf);
        }
    }

    ProjectBatch(ProjectRows projects, EarlyVerdicts earlyVerdicts, Iterable<ProjectListener> listeners, Figures figures,
                 Map<UUID, ProjectEntity> known, Map<UUID, String> verdictsWaiting, Instant now) {
        this.projects = projects;
        this.earlyVerdicts = earlyVerdicts;
        this.listeners = listeners;
        this.figures = figures;
        this.changes = figures.newChanges();
        this.known = known;
        this.verdictsWaiting = verdictsWaiting;
        this.now = now;
    }

    void registered(IncomingEvent<Signing> event) {
        Signing signing = event.payload();
        if (known.containsKey(signing.id())) {
            return;
        }
        ProjectEntity project = ProjectEntity.registered(signing, now, verdictsWaiting.remove(signing.id()));
        added.put(project.signingId, project);
        known.put(project.signingId, project);
        changed(project, null);
    }

    /** A repeat linked, confirmed or released: its figures move between its own state and the earliest's. */
    void repeatChanged(IncomingEvent<RepeatLinkChanged> event) {
        RepeatLinkChanged change = event.payload();
        ProjectEntity project = known.get(change.signingId());
        if (project == null) {
            return;
        }
        ProjectState before = counted(project);
        changing(project);
        project.repeatOf = change.after() == null ? null : change.after().signingId();
        changed(project, before);
    }

    void withdrawn(IncomingEvent<Signing> event) {
        ProjectEntity project = known.get(event.payload().id());
        if (project == null || project.status == ProjectStatus.WITHDRAWN) {
            return;
        }
        ProjectState before = counted(project);
        changing(project);
        project.status = ProjectStatus.WITHDRAWN;
        project.overdue = false;
        listeners.forEach(listener -> listener.withdrawn(project.signingId));
        changed(project, before);
        FollowingRepeats.moved(changes, project, before, known.values());
    }

    /** Attaches the verdict to its project, or keeps it until the signing arrives (either may come first). */
    void matched(IncomingEvent<SigningMatched> event) {
        SigningMatched match = event.payload();
        ProjectEntity project = known.get(match.signingId());
        if (project == null) {
            verdictsBeforeSignings.add(match);
            return;
        }
        ProjectState before = counted(project);
        changing(project);
        project.verdict = match.verdict().name();
        changed(project, before);
    }

    void finish() {
        projects.insertAll(List.copyOf(added.values()));
        // a redelivered verdict, or a link released and made again, leaves the row as it was: nothing to write
        projects.updateAll(changedFrom.entrySet().stream()
                .filter(change -> !change.getValue().equals(Columns.of(known.get(change.getKey()))))
                .map(change -> known.get(change.getKey())).toList());
        earlyVerdicts.keepAll(verdictsBeforeSignings);
        figures.writeAndPublish(changes);
    }

    /** Remembers what a project had before the batch first changed it; a project new in this batch is inserted. */
    private void changing(ProjectEntity project) {
        if (!added.containsKey(project.signingId)) {
            changedFrom.putIfAbsent(project.signingId, Columns.of(project));
        }
    }

    private void changed(ProjectEntity project, ProjectState before) {
        changes.add(project.place(), before, counted(project));
    }

    /** The state the project's scopes count: a repeat's follows its earliest signing's, when that is here. */
    private ProjectState counted(ProjectEntity project) {
        return project.state(project.repeatOf == null ? null : known.get(project.repeatOf));
    }
}
