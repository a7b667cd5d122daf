package cn.yanzhen.tracking.rounds.domain;

import cn.yanzhen.contracts.reference.Region;
import cn.yanzhen.contracts.reference.RegionDirectory;
import java.time.LocalDate;
import java.util.List;

/**
 * A reporting round (调度, docs/contract.md §4.6): every open project of the scope ({@code all} or a region
 * code and everything inside it) signed by the due date owes a report dated inside [opensOn, dueOn]. A
 * report counts on the date it reports ({@code on}, {@code asOf}; a cancellation on the day it arrived), so an
 * office that sends late what happened inside the round answers it, and a round can be opened for a
 * period already past.
 */
public record Round(String code, String scope, LocalDate opensOn, LocalDate dueOn) {

    public static final String ALL = "all";

    public boolean coversAllRegions() {
        return ALL.equals(scope);
    }

    /** The destinations inside the scope; null when the round covers all regions. */
    public List<String> destinations(RegionDirectory regions) {
        if (coversAllRegions()) {
            return null;
        }
        return regions.all().stream().map(Region::code).filter(code -> regions.isWithin(code, scope)).toList();
    }

    /**
     * The destinations inside the scope and inside {@code within} ({@code all} or a region code), as one office's
     * share of the round; null when both cover all regions.
     */
    public List<String> destinations(RegionDirectory regions, String within) {
        if (coversAllRegions() && ALL.equals(within)) {
            return null;
        }
        return regions.all().stream().map(Region::code)
                .filter(code -> coversAllRegions() || regions.isWithin(code, scope))
                .filter(code -> ALL.equals(within) || regions.isWithin(code, within)).toList();
    }

    /** The round closes the day after its due date, when reports dated on the due date still count. */
    public boolean closesBy(LocalDate today) {
        return today.isAfter(dueOn);
    }

    /** Whether a project whose latest report not after the due date is dated {@code latestReportOn} answered. */
    public boolean answeredBy(LocalDate latestReportOn) {
        return latestReportOn != null && !latestReportOn.isBefore(opensOn) && !latestReportOn.isAfter(dueOn);
    }
}
