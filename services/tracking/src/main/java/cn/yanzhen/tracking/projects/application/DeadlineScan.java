package cn.yanzhen.tracking.projects.application;

import cn.yanzhen.contracts.alert.Alert;
import cn.yanzhen.tracking.figures.application.Figures;
import cn.yanzhen.tracking.figures.domain.FigureChanges;
import cn.yanzhen.tracking.figures.domain.ProjectState;
import cn.yanzhen.tracking.projects.domain.Deadlines;
import cn.yanzhen.tracking.projects.persistence.ProjectEntity;
import cn.yanzhen.tracking.projects.persistence.ProjectRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Marks projects past their commencement deadline overdue and raises OVERDUE_COMMENCEMENT and
 * INVESTMENT_STALLED, each once per project. Open projects are taken a page at a time, each page in
 * its own short transaction that passes over projects another transaction holds, so a scan never
 * stands in the way of the consumers or of a report.
 */
@ApplicationScoped
public class DeadlineScan {

    private static final int PAGE = 500;
    private static final UUID FIRST = new UUID(0, 0);

    private final ProjectRepository projects;
    private final Figures figures;
    private final ProjectAlarms alarms;

    DeadlineScan(ProjectRepository projects, Figures figures, ProjectAlarms alarms) {
        this.projects = projects;
        this.figures = figures;
        this.alarms = alarms;
    }

    private record Page(UUID last, int size, int raised) {
    }

    /** Scans every open project; returns how many alerts were raised. */
    public int scan(LocalDate today) {
        int raised = 0;
        UUID after = FIRST;
        while (true) {
            UUID from = after;
            Page page = QuarkusTransaction.requiringNew().call(() -> scanPage(from, today));
            raised += page.raised();
            if (page.size() < PAGE) {
                return raised;
            }
            after = page.last();
        }
    }

    /** The repeats of the projects that became overdue count overdue in their events too. */
    private void followersOf(Map<ProjectEntity, ProjectState> becameOverdue, FigureChanges changes) {
        if (becameOverdue.isEmpty()) {
            return;
        }
        Collection<ProjectEntity> followers = projects.lockAll(projects.followersOf(becameOverdue.keySet().stream()
                .map(project -> project.signingId).toList()).keySet()).values();
        becameOverdue.forEach((project, before) -> FollowingRepeats.moved(changes, project, before, followers));
    }

    private Page scanPage(UUID after, LocalDate today) {
        List<ProjectEntity> open = projects.lockOpenAfter(after, PAGE);
        FigureChanges changes = figures.newChanges();
        Map<ProjectEntity, ProjectState> becameOverdue = new HashMap<>();
        int raised = 0;
        for (ProjectEntity project : open) {
            LocalDate due = Deadlines.commencementDue(project.signedOn, project.plannedCommencement);
            if (!project.overdue && Deadlines.overdue(project.progress(), due, today)) {
                ProjectState before = project.state();
                project.overdue = true;
                becameOverdue.put(project, before);
                changes.add(project.place(), before,
                        project.state());
                raised += alarms.raiseOnce(project.signingId, Alert.AlertCode.OVERDUE_COMMENCEMENT,
                        Alert.Severity.WARNING, "not commenced by " + due) ? 1 : 0;
            }
            if (Deadlines.stalled(project.progress(), today)) {
                raised += alarms.raiseOnce(project.signingId, Alert.AlertCode.INVESTMENT_STALLED,
                        Alert.Severity.WARNING, "cumulative investment " + project.cumulativeYuan
                                + " yuan has not grown since " + project.lastGrowthOn) ? 1 : 0;
            }
        }
        followersOf(becameOverdue, changes);
        figures.writeAndPublish(changes);
        return new Page(open.isEmpty() ? after : open.get(open.size() - 1).signingId, open.size(), raised);
    }
}
