package cn.yanzhen.tracking.verification.application;

import cn.yanzhen.tracking.figures.domain.FigureChanges;
import cn.yanzhen.tracking.figures.domain.Scopes;
import cn.yanzhen.tracking.projects.application.ProjectListener;
import cn.yanzhen.tracking.projects.domain.ProjectSummary;
import cn.yanzhen.tracking.projects.domain.ReceivedReport;
import cn.yanzhen.tracking.projects.domain.Report;
import cn.yanzhen.tracking.verification.persistence.VerificationBacklog;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * Keeps the verification backlog and the figures that show it in step: a report that awaits a verifier
 * joins the backlog of each of its project's scopes, a decided one leaves them, and either way those
 * scopes' records are published again. A withdrawn signing's reports leave it: nobody verifies them any more.
 */
@ApplicationScoped
class AwaitingVerification implements ProjectListener {

    private final VerificationBacklog backlog;
    private final Scopes scopes;

    AwaitingVerification(VerificationBacklog backlog, Scopes scopes) {
        this.backlog = backlog;
        this.scopes = scopes;
    }

    @Override
    public void reported(ProjectSummary project, ReceivedReport received, Report report, FigureChanges changes) {
        if (received.awaitsVerification()) {
            backlog.add(received.reportId(), received.signingId(), received.reportedAt(),
                    scopes.of(project.place()));
            changes.touch(project.place());
        }
    }

    @Override
    public void withdrawn(UUID signingId) {
        backlog.removeProject(signingId);
    }

    void decided(String reportId, ProjectSummary project, FigureChanges changes) {
        backlog.remove(reportId);
        changes.touch(project.place());
    }
}
