package cn.yanzhen.tracking.projects.application;

import cn.yanzhen.contracts.EventTypes;
import cn.yanzhen.contracts.Topics;
import cn.yanzhen.contracts.alert.Alert;
import cn.yanzhen.contracts.tracking.ProjectProgressed;
import cn.yanzhen.platform.audit.AuditTrail;
import cn.yanzhen.platform.audit.AuditedChange;
import cn.yanzhen.platform.outbox.Outbox;
import cn.yanzhen.platform.outbox.OutgoingEvent;
import cn.yanzhen.platform.validation.Violations;
import cn.yanzhen.tracking.figures.application.Figures;
import cn.yanzhen.tracking.figures.domain.FigureChanges;
import cn.yanzhen.tracking.figures.domain.ProjectState;
import cn.yanzhen.tracking.projects.domain.Progress;
import cn.yanzhen.tracking.projects.domain.ProgressRules;
import cn.yanzhen.tracking.projects.domain.ProjectSummary;
import cn.yanzhen.tracking.projects.domain.ReceivedReport;
import cn.yanzhen.tracking.projects.domain.Report;
import cn.yanzhen.tracking.projects.domain.ReportRefused;
import cn.yanzhen.tracking.projects.persistence.ProjectEntity;
import cn.yanzhen.tracking.projects.persistence.ReportEntity;
import cn.yanzhen.tracking.projects.persistence.Reports;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * A regional office's progress report: checked against the project, applied, published with the new
 * figures of the project's scopes and any alert, and audited — in one transaction, or not at all.
 */
@ApplicationScoped
public class ProgressReporting {

    private final ProjectUnderLock projects;
    private final Reports reports;
    private final Figures figures;
    private final Instance<ProjectListener> listeners;
    private final ProjectAlarms alarms;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final Clock clock;

    ProgressReporting(ProjectUnderLock projects, Reports reports, Figures figures, Instance<ProjectListener> listeners,
                      ProjectAlarms alarms, Outbox outbox, AuditTrail audit, Clock clock) {
        this.projects = projects;
        this.reports = reports;
        this.figures = figures;
        this.listeners = listeners;
        this.alarms = alarms;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    /** The outcome of a report: the event it caused, and whether this request was the first to send it. */
    public record Accepted(ProjectProgressed progressed, boolean created) {
    }

    /**
     * Accepts a report made by {@code reporter} (kept so that someone else verifies it), or refuses it
     * ({@link ReportRefused}, or invalid fields) having changed nothing.
     */
    @Transactional
    public Accepted report(UUID signingId, Report report, String reporter) {
        ProjectUnderLock.Locked locked = projects.lock(signingId);
        ProjectEntity project = locked.project();
        Progress progress = project.progress();
        Violations violations = new Violations();
        Optional<ReportEntity> earlier = check(project.signingId, project.repeatOf, progress, report, violations);
        if (earlier.isPresent()) {
            return new Accepted(progressed(project, earlier.get()), false);
        }
        violations.throwIfAny("The report is invalid; nothing was changed.");

        ProjectState before = project.state();
        project.take(progress.after(report));
        ReportEntity stored = reports.add(signingId, report, reporter, Instant.now(clock));
        ProjectProgressed progressed = progressed(project, stored);
        outbox.publish(new OutgoingEvent(Topics.PROJECT_PROGRESS, EventTypes.PROJECT_PROGRESSED,
                signingId.toString(), progressed));
        if (progress.exceedsSignedAfter(report)) {
            alarms.raiseOnce(signingId, Alert.AlertCode.INVESTMENT_EXCEEDS_SIGNED, Alert.Severity.INFO,
                    "cumulative investment " + report.cumulativeYuan() + " yuan exceeds the " + project.investmentYuan
                            + " yuan signed");
        }
        FigureChanges changes = locked.moved(before);
        ProjectSummary summary = project.summary();
        ReceivedReport received = stored.received();
        listeners.forEach(listener -> listener.reported(summary, received, report, changes));
        figures.writeAndPublish(changes);
        audit.record(AuditedChange.of("project.report", "project", signingId).request(report).before(before)
                .after(project.state()));
        return new Accepted(progressed, true);
    }

    /**
     * Checks a report as {@link #report} does against the project standing at {@code progress}: false when it repeats
     * a report received before (nothing more is checked), {@link ReportRefused} when the project cannot take it, its
     * field problems into {@code violations}. Changes nothing, so a whole sheet's reports can be checked first.
     */
    public boolean checkNew(ProjectSummary project, Progress progress, Report report, Violations violations) {
        return check(project.signingId(), project.repeatOf(), progress, report, violations).isEmpty();
    }

    /** The same, with the earlier report when this one repeats it. */
    private Optional<ReportEntity> check(UUID signingId, UUID repeatOf, Progress progress, Report report,
                                         Violations violations) {
        if (repeatOf != null) {
            throw new ReportRefused(ReportRefused.Reason.CONFLICT, "Signing " + signingId + " repeats signing "
                    + repeatOf + " of the same project; report progress on " + repeatOf
                    + ", whose milestones and investment this one follows.");
        }
        Optional<ReportEntity> earlier = reports.find(report.reportId());
        if (earlier.isPresent()) {
            return Optional.of(repeated(earlier.get(), signingId, report));
        }
        ProgressRules.conflict(report, progress).ifPresent(reason -> {
            throw new ReportRefused(ReportRefused.Reason.CONFLICT, "The report is refused: " + reason + ".");
        });
        ProgressRules.check(report, progress, LocalDate.now(clock), violations);
        listeners.forEach(listener -> listener.check(signingId, report, violations));
        return Optional.empty();
    }

    /** The same report again is answered as before; another report under the same id is refused. */
    private static ReportEntity repeated(ReportEntity earlier, UUID signingId, Report report) {
        if (!earlier.signingId.equals(signingId) || !earlier.toReport().equals(report)) {
            throw new ReportRefused(ReportRefused.Reason.CONFLICT, "reportId " + report.reportId()
                    + " was already used for a different report.");
        }
        return earlier;
    }

    private static ProjectProgressed progressed(ProjectEntity project, ReportEntity report) {
        return new ProjectProgressed(project.signingId, report.reportId, report.type, report.on, report.cumulativeYuan,
                report.asOf, report.correction, report.reason, report.note, project.status, project.cumulativeYuan,
                report.reportedAt, report.evidence(), report.outcome());
    }
}
