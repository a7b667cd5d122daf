package cn.yanzhen.tracking.outcomes.domain;

import cn.yanzhen.tracking.figures.domain.FigureContribution;
import cn.yanzhen.tracking.projects.domain.Period;
import cn.yanzhen.tracking.projects.domain.ReportedOutcome;
import java.util.Optional;

/**
 * What one accepted OUTCOME report adds to the promise figures of each scope of its project for its period
 * (docs/contract.md §4.5.3): over the projects whose promise the period is held to, how many, the output and tax
 * promised, and the output and tax they reported. A first report adds the project and its promise; a correction only
 * the difference of its figures, the promise being the same.
 */
public record PromiseKept(long projectsWithPromise, long promisedOutputYuan, long outputAgainstPromised,
                          long promisedTaxYuan, long taxAgainstPromised) {

    /** The kind of figure promise changes are: scope_promise's sums per period. */
    public static final String KIND = "promise";
    public static final PromiseKept NONE = new PromiseKept(0, 0, 0, 0, 0);

    public static PromiseKept of(Optional<ReportedOutcome> earlier, ReportedOutcome now, Optional<PeriodPromise> promise) {
        if (promise.isEmpty()) {
            return NONE;
        }
        long newProject = earlier.isEmpty() ? 1 : 0;
        Long output = promise.get().outputValueYuan();
        Long tax = promise.get().taxYuan();
        long outputChange = now.outputValueYuan() - earlier.map(ReportedOutcome::outputValueYuan).orElse(0L);
        long taxChange = now.taxPaidYuan() - earlier.map(ReportedOutcome::taxPaidYuan).orElse(0L);
        return new PromiseKept(newProject, output == null ? 0 : newProject * output, output == null ? 0 : outputChange,
                tax == null ? 0 : newProject * tax, tax == null ? 0 : taxChange);
    }

    /** What it adds to the promise figures of its period in each scope of its project. */
    public FigureContribution in(Period period) {
        return FigureContribution.of(KIND, period, projectsWithPromise, promisedOutputYuan, outputAgainstPromised,
                promisedTaxYuan, taxAgainstPromised);
    }

    public boolean isZero() {
        return equals(NONE);
    }
}
