package cn.yanzhen.tracking.verification.application;

import cn.yanzhen.tracking.figures.domain.FigureChanges;
import cn.yanzhen.tracking.figures.domain.Scopes;
import cn.yanzhen.tracking.projects.persistence.ProjectEntity;
import cn.yanzhen.tracking.projects.persistence.ReportEntity;
import cn.yanzhen.tracking.verification.persistence.VerificationBacklog;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Keeps the verification backlog and the figures that show it in step: a report that awaits a verifier
 * joins the backlog of each of its project's scopes, a decided one leaves them, and either way those
 * scopes' records are published again.
 */
@ApplicationScoped
public class AwaitingVerification {

    private final VerificationBacklog backlog;
    private final Scopes scopes;

    AwaitingVerification(VerificationBacklog backlog, Scopes scopes) {
        this.backlog = backlog;
        this.scopes = scopes;
    }

    public void received(ReportEntity report, ProjectEntity project, FigureChanges changes) {
        if (report.awaitsVerification()) {
            backlog.add(report, scopes.of(project.eventCode, project.destinationRegion, project.industryCode));
            changes.touch(project.eventCode, project.destinationRegion, project.industryCode);
        }
    }

    public void decided(ReportEntity report, ProjectEntity project, FigureChanges changes) {
        backlog.remove(report.reportId);
        changes.touch(project.eventCode, project.destinationRegion, project.industryCode);
    }
}
