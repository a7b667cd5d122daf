package cn.yanzhen.tracking.projects.application;

import cn.yanzhen.platform.persistence.KeyLocks;
import cn.yanzhen.tracking.figures.application.Figures;
import cn.yanzhen.tracking.figures.domain.FigureChanges;
import cn.yanzhen.tracking.figures.domain.ProjectState;
import cn.yanzhen.tracking.projects.domain.ProjectSummary;
import cn.yanzhen.tracking.projects.domain.ReportRefused;
import cn.yanzhen.tracking.projects.persistence.ProjectEntity;
import cn.yanzhen.tracking.projects.persistence.ProjectRepository;
import cn.yanzhen.tracking.projects.persistence.ReportEntity;
import cn.yanzhen.tracking.projects.persistence.Reports;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A project changed by a request (a report, a verdict): its key and row locked for the transaction, and
 * what its move does to the figures of its scopes and of the repeats that follow it.
 */
@ApplicationScoped
public class ProjectUnderLock {

    private final KeyLocks locks;
    private final ProjectRepository projects;
    private final Reports reports;
    private final Figures figures;

    ProjectUnderLock(KeyLocks locks, ProjectRepository projects, Reports reports, Figures figures) {
        this.locks = locks;
        this.projects = projects;
        this.reports = reports;
        this.figures = figures;
    }

    /** The project and the repeats following it, locked; {@link ReportRefused} when tracking does not know it. */
    public Locked lock(UUID signingId) {
        // the consumers' key lock: with it held no repeat can be linked, so the followers read next are all of them
        locks.lock(ProjectLifecycle.CONSUMER, List.of(signingId));
        Set<UUID> followers = projects.followersOf(List.of(signingId)).keySet();
        ProjectEntity project = projects.lock(signingId).orElseThrow(() -> new ReportRefused(
                ReportRefused.Reason.UNKNOWN_PROJECT, "No project for signing " + signingId
                + "; if the signing was just submitted, it may not have arrived yet."));
        return new Locked(project, followers);
    }

    public final class Locked {

        private final ProjectEntity project;
        private final Set<UUID> followers;

        private Locked(ProjectEntity project, Set<UUID> followers) {
            this.project = project;
            this.followers = followers;
        }

        ProjectEntity project() {
            return project;
        }

        public ProjectSummary summary() {
            return project.summary();
        }

        /** What the figures count of the project as it stands. */
        public ProjectState state() {
            return project.state();
        }

        /** One of its reports, its row locked too; empty when the project has no report of this id. */
        public Optional<LockedReport> report(String reportId) {
            return reports.lock(reportId).filter(found -> found.signingId.equals(project.signingId))
                    .map(LockedReport::new);
        }

        /** A verifier confirmed the report: its milestone or investment enters the verified progress. */
        public void verified(LockedReport report) {
            ReportEntity verified = report.entity();
            project.take(project.verified().after(verified.type, verified.on, verified.cumulativeYuan,
                    verified.received));
        }

        /** A verifier rejected the report: its milestone may be reported again. */
        public void rejected(LockedReport report) {
            project.take(project.progress().rejected(report.entity().type));
        }

        /** The figure changes of the project's move from {@code before}: its scopes, and each follower's event. */
        public FigureChanges moved(ProjectState before) {
            FigureChanges changes = figures.newChanges();
            changes.add(project.place(), before, project.state());
            FollowingRepeats.moved(changes, project, before, projects.lockAll(followers).values());
            return changes;
        }
    }
}
