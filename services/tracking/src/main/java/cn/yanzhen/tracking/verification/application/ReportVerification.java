package cn.yanzhen.tracking.verification.application;

import cn.yanzhen.contracts.EventTypes;
import cn.yanzhen.contracts.Topics;
import cn.yanzhen.contracts.alert.Alert;
import cn.yanzhen.contracts.tracking.ReportVerified.Verdict;
import cn.yanzhen.contracts.tracking.ReportVerified;
import cn.yanzhen.platform.audit.AuditTrail;
import cn.yanzhen.platform.audit.AuditedChange;
import cn.yanzhen.platform.outbox.Outbox;
import cn.yanzhen.platform.outbox.OutgoingEvent;
import cn.yanzhen.platform.validation.Violations;
import cn.yanzhen.tracking.figures.application.Figures;
import cn.yanzhen.tracking.figures.domain.FigureChanges;
import cn.yanzhen.tracking.figures.domain.ProjectState;
import cn.yanzhen.tracking.projects.application.LockedReport;
import cn.yanzhen.tracking.projects.application.ProjectAlarms;
import cn.yanzhen.tracking.projects.application.ProjectUnderLock;
import cn.yanzhen.tracking.projects.domain.ReceivedReport;
import cn.yanzhen.tracking.projects.domain.ReportRefused;
import cn.yanzhen.tracking.verification.domain.ReportDecision;
import cn.yanzhen.tracking.verification.domain.VerificationRules.ReportFacts;
import cn.yanzhen.tracking.verification.domain.VerificationRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * A verifier's verdict on one report (核查): a verified report's milestone or investment enters the verified
 * figures, a rejected one raises REPORT_REJECTED and lets the office report that milestone again; either
 * way the report leaves the backlog, and the verdict is published and audited — in one transaction.
 */
@ApplicationScoped
public class ReportVerification {

    private final ProjectUnderLock projects;
    private final Figures figures;
    private final AwaitingVerification awaiting;
    private final ProjectAlarms alarms;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final Clock clock;

    ReportVerification(ProjectUnderLock projects, Figures figures, AwaitingVerification awaiting, ProjectAlarms alarms,
                       Outbox outbox, AuditTrail audit, Clock clock) {
        this.projects = projects;
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
        LockedReport report = locked.report(reportId).orElseThrow(() -> new ReportRefused(
                ReportRefused.Reason.UNKNOWN_PROJECT, "Project " + signingId + " has no report " + reportId + "."));
        ReceivedReport received = report.received();
        ReportFacts facts = new ReportFacts(reportId, received.type(), received.reportedBy(), received.verdict(),
                report.verificationNote());
        VerificationRules.refusal(facts, locked.summary().status(), decision, verifier).ifPresent(refused -> {
            throw refused;
        });
        if (report.decided()) {
            return new Decided(report.verdict(), false);
        }
        ProjectState before = locked.state();
        report.decide(decision.verdict(), decision.note(), verifier, Instant.now(clock));
        if (decision.verdict() == Verdict.VERIFIED) {
            locked.verified(report);
        } else {
            locked.rejected(report);
            alarms.raiseOnce(signingId, Alert.AlertCode.REPORT_REJECTED, reportId, Alert.Severity.WARNING,
                    received.type() + " report " + reportId + " rejected: " + decision.note());
        }
        FigureChanges changes = locked.moved(before);
        awaiting.decided(reportId, locked.summary(), changes);
        figures.writeAndPublish(changes);
        ReportVerified verified = report.verdict();
        outbox.publish(new OutgoingEvent(Topics.PROJECT_PROGRESS, EventTypes.REPORT_VERIFIED, signingId.toString(),
                verified));
        audit.record(AuditedChange.of("project.report-verification", "project", signingId).request(decision)
                .before(before).after(locked.state()));
        return new Decided(verified, true);
    }
}
