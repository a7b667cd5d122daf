package cn.yanzhen.tracking.projects.domain;

/**
 * The outcome that stands for a project and period: the figures of its latest report ({@code reportId}), and the jobs
 * its signing promised ({@code expectedJobs}, null when the signing stated none).
 */
public record ReportedOutcome(String reportId, Period period, long jobs, long outputValueYuan, long taxPaidYuan,
                              Integer expectedJobs) {

    /** The outcome a report stands for once accepted (the report has passed {@link OutcomeRules}). */
    public static ReportedOutcome of(Report report, Integer expectedJobs) {
        Outcome outcome = report.outcome();
        return new ReportedOutcome(report.reportId(), outcome.period(), outcome.jobs(), outcome.outputValueYuan(),
                outcome.taxPaidYuan(), expectedJobs);
    }
}
