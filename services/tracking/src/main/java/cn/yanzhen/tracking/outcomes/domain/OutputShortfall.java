package cn.yanzhen.tracking.outcomes.domain;

import cn.yanzhen.contracts.signing.Signing;
import cn.yanzhen.tracking.projects.domain.ReportedOutcome;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * OUTPUT_SHORTFALL (docs/contract.md §4.5.3, §6.2): a project whose reported output for a period is below {@code share}
 * of what its signing promised for that period ({@link PeriodPromise}), in a period that begins {@code afterMonths} or
 * more after the date it promised to reach full production: a project ramping up is given that long. A signing that
 * promised no output, or no date, is never short.
 */
public record OutputShortfall(BigDecimal share, int afterMonths) {

    public OutputShortfall {
        if (share == null || share.signum() <= 0 || share.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("the output shortfall share must be above 0 and at most 1, not " + share);
        }
        if (afterMonths < 0) {
            throw new IllegalArgumentException("the months after the promised date must not be negative: " + afterMonths);
        }
    }

    /** The alert's detail when {@code outcome} is short of the promise, else empty. */
    public Optional<String> detail(Signing.Promise promise, ReportedOutcome outcome) {
        if (promise == null || promise.fullProductionBy() == null || outcome.period().start()
                .isBefore(promise.fullProductionBy().plusMonths(afterMonths))) {
            return Optional.empty();
        }
        return PeriodPromise.of(promise, outcome.period()).map(PeriodPromise::outputValueYuan)
                .filter(promised -> BigDecimal.valueOf(outcome.outputValueYuan())
                        .compareTo(share.multiply(BigDecimal.valueOf(promised))) < 0)
                .map(promised -> "output " + outcome.outputValueYuan() + " yuan in " + outcome.period() + ", below "
                        + share.stripTrailingZeros().toPlainString() + " of the " + promised
                        + " yuan promised for it from " + promise.fullProductionBy());
    }
}
