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
import cn.yanzhen.tracking.projects.persistence.ProjectRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One consumed batch's work on projects: its signings' projects locked and loaded before the first
 * event, each event applied to them in order, the figures of every scope they changed written and
 * published once at the end.
 */
final class ProjectBatch {

    private final ProjectRepository projects;
    private final EarlyVerdicts earlyVerdicts;
    private final Iterable<ProjectListener> listeners;
    private final Figures figures;
    private final FigureChanges changes;
    private final Map<UUID, ProjectEntity> known;
    private final Map<UUID, String> verdictsWaiting;
    private final List<SigningMatched> verdictsBeforeSignings = new ArrayList<>();
    private final Instant now;

    ProjectBatch(ProjectRepository projects, EarlyVerdicts earlyVerdicts, Iterable<ProjectListener> listeners, Figures figures,
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
        projects.add(project);
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
        project.repeatOf = change.after() == null ? null : change.after().signingId();
        changed(project, before);
    }

    void withdrawn(IncomingEvent<Signing> event) {
        ProjectEntity project = known.get(event.payload().id());
        if (project == null || project.status == ProjectStatus.WITHDRAWN) {
            return;
        }
        ProjectState before = counted(project);
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
        project.verdict = match.verdict().name();
        changed(project, before);
    }

    void finish() {
        earlyVerdicts.keepAll(verdictsBeforeSignings);
        figures.writeAndPublish(changes);
    }

    private void changed(ProjectEntity project, ProjectState before) {
        changes.add(project.eventCode, project.destinationRegion, project.industryCode, before, counted(project));
    }

    /** The state the project's scopes count: a repeat's follows its earliest signing's, when that is here. */
    private ProjectState counted(ProjectEntity project) {
        return project.state(project.repeatOf == null ? null : known.get(project.repeatOf));
    }
}
