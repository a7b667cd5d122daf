package cn.yanzhen.tracking.outcomes.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yanzhen.contracts.signing.Signing;
import cn.yanzhen.tracking.projects.domain.Period;
import cn.yanzhen.tracking.projects.domain.ReportedOutcome;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Output and tax against the promise per period (docs/contract.md §4.5.3), every expectation computed by hand. */
class PromisesDomainTest {

    private static final Signing.Promise PROMISE = new Signing.Promise(8000.0, "吨/月", 1_600_000_001L, 80_000_000L,
            LocalDate.of(2026, 4, 1));

    @Test
    void aPeriodIsHeldToThePromiseFromTheFirstThatBeginsOnOrAfterItsDate() {
        assertThat(PeriodPromise.of(PROMISE, new Period(2026, 1))).isEmpty();
        // a quarter is a quarter of the year, rounded half-up: 1 600 000 001 / 4 = 400 000 000.25 → 400 000 000
        assertThat(PeriodPromise.of(PROMISE, new Period(2026, 2)))
                .contains(new PeriodPromise(400_000_000L, 20_000_000L));
        // the year 2026 began before the date; 2027 is held to all of it
        assertThat(PeriodPromise.of(PROMISE, new Period(2026, 0))).isEmpty();
        assertThat(PeriodPromise.of(PROMISE, new Period(2027, 0)))
                .contains(new PeriodPromise(1_600_000_001L, 80_000_000L));
        assertThat(PeriodPromise.of(new Signing.Promise(null, null, 6L, null, LocalDate.of(2026, 4, 1)),
                new Period(2026, 3))).contains(new PeriodPromise(2L, null));
    }

    @Test
    void noPromiseNoDateOrOnlyACapacityHoldsNoPeriod() {
        Period later = new Period(2030, 0);
        assertThat(PeriodPromise.of(null, later)).isEmpty();
        assertThat(PeriodPromise.of(new Signing.Promise(null, null, 1L, 1L, null), later)).isEmpty();
        assertThat(PeriodPromise.of(new Signing.Promise(8000.0, "吨/月", null, null, LocalDate.of(2026, 1, 1)), later))
                .isEmpty();
    }

    @Test
    void outputFarBelowThePromiseIsShortOnlyInPeriodsBeginningMonthsAfterItsDate() {
        OutputShortfall shortfall = new OutputShortfall(new BigDecimal("0.5"), 6);
        // promised 1 600 000 001 a year from 2026-04-01: 400 000 000 a quarter, short below 200 000 000;
        // judged from periods beginning on or after 2026-10-01
        assertThat(shortfall.detail(PROMISE, outcome("2026-Q3", 1))).isEmpty();
        assertThat(shortfall.detail(PROMISE, outcome("2026-Q4", 200_000_000))).isEmpty();
        assertThat(shortfall.detail(PROMISE, outcome("2026-Q4", 199_999_999))).contains("output 199999999 yuan in"
                + " 2026-Q4, below 0.5 of the 400000000 yuan promised for it from 2026-04-01");
        assertThat(shortfall.detail(PROMISE, outcome("2027", 1))).isPresent();
        assertThat(shortfall.detail(new Signing.Promise(null, null, null, 1L, LocalDate.of(2020, 1, 1)),
                outcome("2026-Q4", 0))).isEmpty();
        assertThat(shortfall.detail(null, outcome("2026-Q4", 0))).isEmpty();
    }

    @Test
    void theThresholdsAreSane() {
        assertThatThrownBy(() -> new OutputShortfall(BigDecimal.ZERO, 6))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OutputShortfall(BigDecimal.ONE, -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static ReportedOutcome outcome(String period, long output) {
        return new ReportedOutcome("r-" + period, Period.parse(period).orElseThrow(), 10, output, 0, null);
    }

    @Test
    void aFirstReportAddsTheProjectAndItsPromiseACorrectionOnlyItsDifference() {
        Optional<PeriodPromise> due = Optional.of(new PeriodPromise(100L, null));
        ReportedOutcome first = new ReportedOutcome("o-1", new Period(2026, 2), 10, 60, 3, null);
        assertThat(PromiseKept.of(Optional.empty(), first, due)).isEqualTo(new PromiseKept(1, 100, 60, 0, 0));
        ReportedOutcome corrected = new ReportedOutcome("o-2", new Period(2026, 2), 10, 70, 4, null);
        assertThat(PromiseKept.of(Optional.of(first), corrected, due)).isEqualTo(new PromiseKept(0, 0, 10, 0, 0));
        assertThat(PromiseKept.of(Optional.empty(), first, Optional.empty()).isZero()).isTrue();
        assertThat(PromiseKept.of(Optional.empty(), first, Optional.of(new PeriodPromise(null, 5L))))
                .isEqualTo(new PromiseKept(1, 0, 0, 5, 3));
    }
}
