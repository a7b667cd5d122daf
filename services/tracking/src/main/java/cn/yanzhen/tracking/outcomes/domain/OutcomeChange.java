package cn.yanzhen.tracking.outcomes.domain;

import cn.yanzhen.tracking.figures.domain.FigureContribution;
import cn.yanzhen.tracking.projects.domain.Period;
import cn.yanzhen.tracking.projects.domain.ReportedOutcome;
import java.util.Optional;

/**
 * What one accepted OUTCOME report adds to the outcome figures of each scope of its project for its period
 * (docs/contract.md §4.5.3): a first report adds the project and its figures; a correction adds only the difference
 * between its figures and those it replaces. A project whose signing stated land adds the same again to the period's
 * yield on land (§4.5.7): itself and its land once, its output and tax as they change.
 */
public record OutcomeChange(long projects, long jobs, long outputValueYuan, long taxPaidYuan,
                            long projectsWithExpectedJobs, long expectedJobs, long jobsAgainstExpected,
                            long landProjects, long landSquareMetres, long landOutputValueYuan,
                            long landTaxPaidYuan) {

    /** The kind of figure outcome changes are: scope_outcome's sums per period. */
    public static final String KIND = "outcome";

    /** A change of a project that stated no land. */
    public OutcomeChange(long projects, long jobs, long outputValueYuan, long taxPaidYuan,
                         long projectsWithExpectedJobs, long expectedJobs, long jobsAgainstExpected) {
        this(projects, jobs, outputValueYuan, taxPaidYuan, projectsWithExpectedJobs, expectedJobs, jobsAgainstExpected,
                0, 0, 0, 0);
    }

    public static OutcomeChange of(Optional<ReportedOutcome> earlier, ReportedOutcome now) {
        return of(earlier, now, 0);
    }

    /** The change of a project whose signing stated {@code landSquareMetres} (0: none). */
    public static OutcomeChange of(Optional<ReportedOutcome> earlier, ReportedOutcome now, long landSquareMetres) {
        long newProject = earlier.isEmpty() ? 1 : 0;
        long jobs = now.jobs() - earlier.map(ReportedOutcome::jobs).orElse(0L);
        long output = now.outputValueYuan() - earlier.map(ReportedOutcome::outputValueYuan).orElse(0L);
        long tax = now.taxPaidYuan() - earlier.map(ReportedOutcome::taxPaidYuan).orElse(0L);
        boolean promised = now.expectedJobs() != null;
        long onLand = landSquareMetres > 0 ? 1 : 0;
        return new OutcomeChange(newProject, jobs, output, tax, promised ? newProject : 0,
                promised ? newProject * now.expectedJobs() : 0, promised ? jobs : 0, onLand * newProject,
                onLand * newProject * landSquareMetres, onLand * output, onLand * tax);
    }

    /** The change whose {@link #values()} these are. */
    public static OutcomeChange ofValues(long[] v) {
        return new OutcomeChange(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10]);
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
                jobsAgainstExpected, landProjects, landSquareMetres, landOutputValueYuan, landTaxPaidYuan};
    }
}
