package cn.yanzhen.tracking.application;

import cn.yanzhen.contracts.matching.SigningMatched;
import cn.yanzhen.contracts.signing.Signing;
import cn.yanzhen.contracts.tracking.ProjectProgressed.ProjectStatus;
import cn.yanzhen.platform.messaging.IncomingEvent;
import cn.yanzhen.tracking.domain.FigureChanges;
import cn.yanzhen.tracking.domain.ProjectState;
import cn.yanzhen.tracking.persistence.EarlyVerdicts;
import cn.yanzhen.tracking.persistence.ProjectEntity;
import cn.yanzhen.tracking.persistence.ProjectRepository;
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
    private final Figures figures;
    private final FigureChanges changes;
    private final Map<UUID, ProjectEntity> known;
    private final Map<UUID, String> verdictsWaiting;
    private final List<SigningMatched> verdictsBeforeSignings = new ArrayList<>();
    private final Instant now;

    ProjectBatch(ProjectRepository projects, EarlyVerdicts earlyVerdicts, Figures figures, Map<UUID, ProjectEntity> known,
                 Map<UUID, String> verdictsWaiting, Instant now) {
        this.projects = projects;
        this.earlyVerdicts = earlyVerdicts;
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

    void withdrawn(IncomingEvent<Signing> event) {
        ProjectEntity project = known.get(event.payload().id());
        if (project == null || project.status == ProjectStatus.WITHDRAWN) {
            return;
        }
        ProjectState before = project.state();
        project.status = ProjectStatus.WITHDRAWN;
        project.overdue = false;
        changed(project, before);
    }

    /** Attaches the verdict to its project, or keeps it until the signing arrives (either may come first). */
    void matched(IncomingEvent<SigningMatched> event) {
        SigningMatched match = event.payload();
        ProjectEntity project = known.get(match.signingId());
        if (project == null) {
            verdictsBeforeSignings.add(match);
            return;
        }
        ProjectState before = project.state();
        project.verdict = match.verdict().name();
        changed(project, before);
    }

    void finish() {
        earlyVerdicts.keepAll(verdictsBeforeSignings);
        figures.writeAndPublish(changes);
    }

    private void changed(ProjectEntity project, ProjectState before) {
        changes.add(project.eventCode, project.destinationRegion, project.industryCode, before, project.state());
    }
}
