package cn.yanzhen.tracking.outcomes.domain;

import java.util.Optional;
import cn.yanzhen.tracking.projects.domain.ReportedOutcome;

/**
 * What one accepted OUTCOME report adds to the outcome figures of each scope of its project for its period
 * (docs/contract.md §4.5.3): a first report adds the project and its figures; a correction adds only the difference
 * between its figures and those it replaces.
 */
public record OutcomeChange(long projects, long jobs, long outputValueYuan, long taxPaidYuan,
                            long projectsWithExpectedJobs, long expectedJobs, long jobsAgainstExpected) {

    public static OutcomeChange of(Optional<ReportedOutcome> earlier, ReportedOutcome now) {
        long newProject = earlier.isEmpty() ? 1 : 0;
        long jobs = now.jobs() - earlier.map(ReportedOutcome::jobs).orElse(0L);
        boolean promised = now.expectedJobs() != null;
        return new OutcomeChange(newProject, jobs,
                now.outputValueYuan() - earlier.map(ReportedOutcome::outputValueYuan).orElse(0L),
                now.taxPaidYuan() - earlier.map(ReportedOutcome::taxPaidYuan).orElse(0L),
                promised ? newProject : 0, promised ? newProject * now.expectedJobs() : 0, promised ? jobs : 0);
    }

    public OutcomeChange plus(OutcomeChange other) {
        return new OutcomeChange(projects + other.projects, jobs + other.jobs, outputValueYuan + other.outputValueYuan,
                taxPaidYuan + other.taxPaidYuan, projectsWithExpectedJobs + other.projectsWithExpectedJobs,
                expectedJobs + other.expectedJobs, jobsAgainstExpected + other.jobsAgainstExpected);
    }

    /** The changes in the order of the columns that keep them. */
    public long[] values() {
        return new long[] {projects, jobs, outputValueYuan, taxPaidYuan, projectsWithExpectedJobs, expectedJobs,
                jobsAgainstExpected};
    }
}
