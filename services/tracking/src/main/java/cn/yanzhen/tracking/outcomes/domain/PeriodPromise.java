package cn.yanzhen.tracking.outcomes.domain;

import cn.yanzhen.contracts.signing.Signing;
import cn.yanzhen.tracking.projects.domain.Period;
import java.util.Optional;

/**
 * What a signing's promise at full production (docs/contract.md §4.1) asks of one period (§4.5.3): the annual output
 * value and tax for a year, a quarter of them (rounded half-up to the yuan) for a quarter; each null when not promised.
 * A period is held to the promise only when it begins on or after the promised date: before it, the project is still
 * ramping up.
 */
public record PeriodPromise(Long outputValueYuan, Long taxYuan) {

    public static Optional<PeriodPromise> of(Signing.Promise promise, Period period) {
        if (promise == null || promise.fullProductionBy() == null
                || period.start().isBefore(promise.fullProductionBy())
                || promise.annualOutputYuan() == null && promise.annualTaxYuan() == null) {
            return Optional.empty();
        }
        return Optional.of(new PeriodPromise(share(promise.annualOutputYuan(), period),
                share(promise.annualTaxYuan(), period)));
    }

    private static Long share(Long annual, Period period) {
        if (annual == null || period.wholeYear()) {
            return annual;
        }
        return (annual + 2) / 4;
    }
}
