package cn.yanzhen.tracking.outcomes.domain;

import cn.yanzhen.tracking.projects.domain.Period;
import cn.yanzhen.tracking.projects.domain.ReportedOutcome;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * JOBS_SHORTFALL (docs/contract.md §4.4.2): a project whose reported jobs are below {@code share} of the jobs its
 * signing promised in two consecutive periods of the same kind (two years running, or two quarters running; see
 * {@link Period}). A signing that stated no expectedJobs is never short.
 */
public record JobsShortfall(BigDecimal share) {

    public JobsShortfall {
        if (share == null || share.signum() <= 0 || share.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("the jobs shortfall share must be above 0 and at most 1, not " + share);
        }
    }

    public boolean isShort(ReportedOutcome outcome) {
        return outcome.expectedJobs() != null && BigDecimal.valueOf(outcome.jobs())
                .compareTo(share.multiply(BigDecimal.valueOf(outcome.expectedJobs()))) < 0;
    }

    /**
     * The two short periods in a row that {@code now} makes, earlier first, with the period before it or else the
     * one after it (reports may come late, in any order); empty when {@code now} is not short or neither neighbour is.
     */
    public Optional<List<ReportedOutcome>> runWith(ReportedOutcome now, Optional<ReportedOutcome> previous,
                                                   Optional<ReportedOutcome> next) {
        if (!isShort(now)) {
            return Optional.empty();
        }
        return Stream.of(previous.filter(this::isShort).map(before -> List.of(before, now)),
                        next.filter(this::isShort).map(after -> List.of(now, after)))
                .flatMap(Optional::stream).findFirst();
    }

    /** The alert's detail: the threshold and both periods' jobs. */
    public String detail(List<ReportedOutcome> run) {
        ReportedOutcome first = run.get(0);
        ReportedOutcome second = run.get(1);
        return "jobs below " + share.stripTrailingZeros().toPlainString() + " of the " + first.expectedJobs()
                + " expected two periods running: " + first.period() + " " + first.jobs() + ", " + second.period()
                + " " + second.jobs();
    }
}
