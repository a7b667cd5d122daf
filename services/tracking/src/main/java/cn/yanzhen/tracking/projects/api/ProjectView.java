package cn.yanzhen.tracking.projects.api;

import cn.yanzhen.contracts.signing.Signing;
import cn.yanzhen.contracts.tracking.Evidence;
import cn.yanzhen.contracts.tracking.Obstacle;
import cn.yanzhen.contracts.tracking.ProjectProgressed.ProjectStatus;
import cn.yanzhen.contracts.tracking.ProjectProgressed.ReportType;
import cn.yanzhen.contracts.tracking.ReportVerified.Verdict;
import cn.yanzhen.tracking.projects.domain.Deadlines;
import cn.yanzhen.tracking.projects.domain.RaisedAlert;
import cn.yanzhen.tracking.projects.persistence.ProjectEntity;
import cn.yanzhen.tracking.projects.persistence.ReportEntity;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A project as the API shows it: where it stands, its milestones in order, its investment and outcome history,
 * its obstacles with their history (docs/contract.md §4.7). A
 * repeat signing names the earliest signing of its project ({@code repeatOf}), where its progress is reported.
 */
public record ProjectView(UUID signingId, String eventCode, String destinationRegion, String industryCode,
                          long investmentYuan, LocalDate signedOn, LocalDate plannedCommencement,
                          LocalDate commencementDue, ProjectStatus status, boolean overdue,
                          List<Milestone> milestones, long cumulativeInvestmentYuan, List<Investment> investments,
                          String verdict, List<RaisedAlert> alerts, UUID repeatOf, Verified verified,
                          List<ReportLine> reports, List<Obstacle> obstacles, List<OutcomeLine> outcomes,
                          Signing.Promise promise) {

    /** What verifiers have confirmed: the milestones and the cumulative investment of verified reports. */
    public record Verified(LocalDate commencedOn, LocalDate inProductionOn, long cumulativeInvestmentYuan,
                           LocalDate reachedDesignCapacityOn) {
    }

    /** Every report in the order received, with its evidence and the verifier's verdict (null while awaited). */
    public record ReportLine(String reportId, ReportType type, LocalDate on, Long cumulativeYuan, LocalDate asOf,
                             Instant reportedAt, List<Evidence> evidence, Verdict verdict, String verificationNote,
                             Instant verifiedAt) {
    }

    public record Milestone(String milestone, LocalDate on) {
    }

    public record Investment(String reportId, long cumulativeYuan, LocalDate asOf, boolean correction, String reason) {
    }

    /** Every OUTCOME report in the order received: a correction follows the report of its period it replaces. */
    public record OutcomeLine(String reportId, String period, long jobs, long outputValueYuan, long taxPaidYuan,
                              boolean correction, String reason) {
    }

    static ProjectView of(ProjectEntity project, List<ReportEntity> reports, List<RaisedAlert> alerts,
                          List<Obstacle> obstacles) {
        List<Milestone> milestones = new ArrayList<>();
        milestones.add(new Milestone("SIGNED", project.signedOn));
        if (project.commencedOn != null) {
            milestones.add(new Milestone("COMMENCED", project.commencedOn));
        }
        if (project.inProductionOn != null) {
            milestones.add(new Milestone("IN_PRODUCTION", project.inProductionOn));
        }
        if (project.reachedCapacityOn != null) {
            milestones.add(new Milestone("REACHED_DESIGN_CAPACITY", project.reachedCapacityOn));
        }
        reports.stream().filter(report -> report.type == ReportType.CANCELLED).findFirst()
                .ifPresent(report -> milestones.add(new Milestone("CANCELLED",
                        LocalDate.ofInstant(report.reportedAt, java.time.ZoneId.of("Asia/Shanghai")))));
        List<Investment> investments = reports.stream().filter(report -> report.type == ReportType.INVESTMENT)
                .map(report -> new Investment(report.reportId, report.cumulativeYuan, report.asOf, report.correction,
                        report.reason))
                .toList();
        return new ProjectView(project.signingId, project.eventCode, project.destinationRegion, project.industryCode,
                project.investmentYuan, project.signedOn, project.plannedCommencement,
                Deadlines.commencementDue(project.signedOn, project.plannedCommencement), project.status,
                project.overdue, milestones, project.cumulativeYuan, investments, project.verdict, alerts,
                project.repeatOf, new Verified(project.verifiedCommencedOn, project.verifiedInProductionOn,
                        project.verifiedCumulativeYuan, project.verifiedReachedCapacityOn),
                reports.stream().map(report -> new ReportLine(report.reportId, report.type, report.on,
                        report.cumulativeYuan, report.asOf, report.reportedAt, report.evidence(), report.verdict,
                        report.verificationNote, report.verifiedAt)).toList(), obstacles,
                reports.stream().filter(report -> report.type == ReportType.OUTCOME)
                        .map(report -> new OutcomeLine(report.reportId, report.period, report.jobs,
                                report.outputValueYuan, report.taxPaidYuan, report.correction, report.reason))
                        .toList(), project.promise());
    }
}
