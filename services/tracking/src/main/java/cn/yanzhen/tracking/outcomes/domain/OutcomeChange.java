package cn.yanzhen.tracking.outcomes.domain;

import cn.yanzhen.tracking.figures.domain.FigureContribution;
import cn.yanzhen.tracking.projects.domain.Period;
import cn.yanzhen.tracking.projects.domain.ReportedOutcome;
import java.util.Optional;

/**
 * What one accepted OUTCOME report adds to the outcome figures of each scope of its project for its period
 * (docs/contract.md §4.5.3): a first report adds the project and its figures; a correction adds only the difference
 * between its figures and those it replaces.
 */
public record OutcomeChange(long projects, long jobs, long outputValueYuan, long taxPaidYuan,
                            long projectsWithExpectedJobs, long expectedJobs, long jobsAgainstExpected) {

    /** The kind of figure outcome changes are: scope_outcome's sums per period. */
    public static final String KIND = "outcome";

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

    /** The change whose {@link #values()} these are. */
    public static OutcomeChange ofValues(long[] v) {
        return new OutcomeChange(v[0], v[1], v[2], v[3], v[4], v[5], v[6]);
    }

    /** What it adds to the outcomes of its period in each scope of its project. */
    public FigureContribution in(Period period) {
        return FigureContribution.of(KIND, period, values());
    }

    public boolean isZero() {
        return equals(new OutcomeChange(0, 0, 0, 0, 0, 0, 0));
    }

    /** The changes in the order of the columns that keep them. */
    public long[] values() {
        return new long[] {projects, jobs, outputValueYuan, taxPaidYuan, projectsWithExpectedJobs, expectedJobs,
                jobsAgainstExpected};
    }
}
