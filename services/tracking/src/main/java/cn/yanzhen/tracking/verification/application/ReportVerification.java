package cn.yanzhen.tracking.verification.application;

import cn.yanzhen.contracts.EventTypes;
import cn.yanzhen.contracts.Topics;
import cn.yanzhen.contracts.alert.Alert;
import cn.yanzhen.contracts.tracking.ReportVerified;
import cn.yanzhen.contracts.tracking.ReportVerified.Verdict;
import cn.yanzhen.platform.audit.AuditTrail;
import cn.yanzhen.platform.audit.AuditedChange;
import cn.yanzhen.platform.outbox.Outbox;
import cn.yanzhen.platform.outbox.OutgoingEvent;
import cn.yanzhen.platform.validation.Violations;
import cn.yanzhen.tracking.figures.domain.FigureChanges;
import cn.yanzhen.tracking.figures.domain.ProjectState;
import cn.yanzhen.tracking.verification.domain.ReportDecision;
import cn.yanzhen.tracking.projects.domain.ReportRefused;
import cn.yanzhen.tracking.verification.domain.VerificationRules;
import cn.yanzhen.tracking.projects.persistence.ProjectEntity;
import cn.yanzhen.tracking.projects.persistence.ReportEntity;
import cn.yanzhen.tracking.projects.persistence.Reports;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import cn.yanzhen.tracking.figures.application.Figures;
import cn.yanzhen.tracking.projects.application.ProjectUnderLock;
import cn.yanzhen.tracking.projects.application.ProjectAlarms;

/**
 * A verifier's verdict on one report (核查): a verified report's milestone or investment enters the verified
 * figures, a rejected one raises REPORT_REJECTED and lets the office report that milestone again; either
 * way the report leaves the backlog, and the verdict is published and audited — in one transaction.
 */
@ApplicationScoped
public class ReportVerification {

    private final ProjectUnderLock projects;
    private final Reports reports;
    private final Figures figures;
    private final AwaitingVerification awaiting;
    private final ProjectAlarms alarms;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final Clock clock;

    ReportVerification(ProjectUnderLock projects, Reports reports, Figures figures, AwaitingVerification awaiting,
                       ProjectAlarms alarms, Outbox outbox, AuditTrail audit, Clock clock) {
        this.projects = projects;
        this.reports = reports;
        this.figures = figures;
        this.awaiting = awaiting;
        this.alarms = alarms;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    /** The verdict as published, and whether this request was the one that took it. */
    public record Decided(ReportVerified verified, boolean created) {
    }

    @Transactional
    public Decided decide(UUID signingId, String reportId, ReportDecision decision, String verifier) {
        Violations violations = new Violations();
        VerificationRules.check(decision, violations);
        violations.throwIfAny("The verdict is invalid; nothing was changed.");
        // the same locks as a report's: a verdict and a new report on one project never interleave
        ProjectUnderLock.Locked locked = projects.lock(signingId);
        ProjectEntity project = locked.project();
        ReportEntity report = reports.lock(reportId).filter(found -> found.signingId.equals(signingId))
                .orElseThrow(() -> new ReportRefused(ReportRefused.Reason.UNKNOWN_PROJECT, "Project " + signingId
                        + " has no report " + reportId + "."));
        VerificationRules.refusal(report.facts(), project.status, decision, verifier).ifPresent(refused -> {
            throw refused;
        });
        if (report.verdict != null) {
            return new Decided(published(report), false);
        }
        ProjectState before = project.state();
        Instant now = Instant.now(clock);
        report.decide(decision, verifier, now);
        if (decision.verdict() == Verdict.VERIFIED) {
            project.take(project.verified().after(report.type, report.on, report.cumulativeYuan, report.received));
        } else {
            project.take(project.progress().rejected(report.type));
            alarms.raiseOnce(signingId, Alert.AlertCode.REPORT_REJECTED, reportId, Alert.Severity.WARNING,
                    report.type + " report " + reportId + " rejected: " + decision.note());
        }
        FigureChanges changes = locked.moved(before);
        awaiting.decided(report, project, changes);
        figures.writeAndPublish(changes);
        ReportVerified verified = published(report);
        outbox.publish(new OutgoingEvent(Topics.PROJECT_PROGRESS, EventTypes.REPORT_VERIFIED, signingId.toString(),
                verified));
        audit.record(AuditedChange.of("project.report-verification", "project", signingId).request(decision)
                .before(before).after(project.state()));
        return new Decided(verified, true);
    }

    private static ReportVerified published(ReportEntity report) {
        return new ReportVerified(report.signingId, report.reportId, report.type, report.verdict,
                report.verificationNote, report.verifiedAt);
    }
}
