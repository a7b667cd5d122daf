package cn.yanzhen.tracking.outcomes.application;

import cn.yanzhen.contracts.alert.Alert;
import cn.yanzhen.contracts.tracking.ProjectProgressed.ReportType;
import cn.yanzhen.platform.validation.Violations;
import cn.yanzhen.tracking.figures.domain.FigureChanges;
import cn.yanzhen.tracking.outcomes.domain.JobsShortfall;
import cn.yanzhen.tracking.outcomes.domain.OutcomeChange;
import cn.yanzhen.tracking.outcomes.domain.OutputShortfall;
import cn.yanzhen.tracking.outcomes.domain.PeriodPromise;
import cn.yanzhen.tracking.outcomes.domain.PromiseKept;
import cn.yanzhen.tracking.outcomes.persistence.ProjectOutcomes;
import cn.yanzhen.tracking.projects.application.ProjectAlarms;
import cn.yanzhen.tracking.projects.application.ProjectListener;
import cn.yanzhen.tracking.projects.domain.OutcomeRules;
import cn.yanzhen.tracking.projects.domain.Period;
import cn.yanzhen.tracking.projects.domain.ProjectSummary;
import cn.yanzhen.tracking.projects.domain.ReceivedReport;
import cn.yanzhen.tracking.projects.domain.Report;
import cn.yanzhen.tracking.projects.domain.ReportedOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/**
 * The outcomes of a project in production (docs/contract.md §4.4.2): an accepted OUTCOME report becomes the outcome of
 * its period, its difference from the one it corrects goes to the project's scopes, and a second short period running
 * raises JOBS_SHORTFALL. Called with the project locked, inside the report's transaction.
 */
@ApplicationScoped
class OutcomeKeeping implements ProjectListener {

    private final ProjectOutcomes outcomes;
    private final ProjectAlarms alarms;
    private final JobsShortfall shortfall;
    private final OutputShortfall outputShortfall;

    OutcomeKeeping(ProjectOutcomes outcomes, ProjectAlarms alarms, JobsShortfall shortfall,
                   OutputShortfall outputShortfall) {
        this.outcomes = outcomes;
        this.alarms = alarms;
        this.shortfall = shortfall;
        this.outputShortfall = outputShortfall;
    }

    /** Problems of an OUTCOME report against what its period already has: a later report must be a correction. */
    @Override
    public void check(UUID signingId, Report report, Violations violations) {
        if (report.type() == ReportType.OUTCOME && report.outcome() != null && report.outcome().period() != null) {
            OutcomeRules.checkCorrection(report, outcomes.find(signingId, report.outcome().period()), violations);
        }
    }

    /** Keeps an accepted OUTCOME report (other reports pass by) and adds its change to {@code changes}. */
    @Override
    public void reported(ProjectSummary project, ReceivedReport received, Report report, FigureChanges changes) {
        if (report.type() != ReportType.OUTCOME) {
            return;
        }
        Period period = report.outcome().period();
        Optional<ReportedOutcome> earlier = outcomes.find(project.signingId(), period);
        // a correction keeps the promise the period was first counted with, so that it takes back exactly that
        ReportedOutcome now = ReportedOutcome.of(report,
                earlier.isPresent() ? earlier.get().expectedJobs() : project.expectedJobs());
        outcomes.put(project.signingId(), now);
        OutcomeChange change = OutcomeChange.of(earlier, now, project.landSquareMetres());
        PromiseKept kept = PromiseKept.of(earlier, now, PeriodPromise.of(project.promise(), period));
        if (!kept.isZero()) {
            changes.contribute(project.place(), kept.in(period));
        }
        if (change.isZero()) {
            // a correction repeating the figures it corrects still renews its scopes' records, as any accepted report
            changes.touch(project.place());
        } else {
            changes.contribute(project.place(), change.in(period));
        }
        shortfall.runWith(now, outcomes.find(project.signingId(), period.previous()),
                        outcomes.find(project.signingId(), period.next()))
                .ifPresent(run -> alarms.raiseOnce(project.signingId(), Alert.AlertCode.JOBS_SHORTFALL,
                        Alert.Severity.WARNING, shortfall.detail(run)));
        outputShortfall.detail(project.promise(), now).ifPresent(detail -> alarms.raiseOnce(project.signingId(),
                Alert.AlertCode.OUTPUT_SHORTFALL, Alert.Severity.WARNING, detail));
    }
}
