package cn.yanzhen.contracts.tracking;

import cn.yanzhen.contracts.tracking.Stats.Tally;
import java.util.List;

/**
 * A scope's figures over a month ({@code period} "2025-07") or a window of months ("2025-01/2025-06", ".." for an
 * open end; docs/contract.md §4.5.6), each by the date that makes the figure: signings (withdrawn ones left out)
 * and the investment the projects signed in the period have completed, by signing date; commencements,
 * production starts and 达产 (each with the signed investment of those projects) by the day the project reached
 * them; verified commencements and production starts by that day as a verifier confirmed it. Over all months they
 * add up to the scope's figures of the same name.
 */
public record PeriodFigures(String period, Tally signed, Tally commenced, Tally inProduction,
                            Tally reachedDesignCapacity, Tally verifiedCommenced, Tally verifiedInProduction,
                            long completedInvestmentYuan) {

    public static final List<PeriodFigures> NONE = List.of();
}
