package cn.yanzhen.tracking.figures.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * Where a project's annual electricity demand counts in a scope's energy figures (docs/contract.md §4.5.2): by its
 * destination (whose province's factor and green power apply) and its investor's origin region (whose province's
 * factor it is compared with). Kept per scope as MWh per (destination, origin), added to as projects move.
 */
public record EnergyUse(String destinationRegion, String originRegion) {

    /** The kind of figure energy uses are: scope_energy's MWh per destination and origin. */
    public static final String KIND = "energy";

    /** This much more demand here, in MWh (negative: a project's demand leaves). */
    public FigureContribution demand(long mwh) {
        return FigureContribution.of(KIND, this, mwh);
    }

    /** A signing's annual demand in whole MWh (GWh × 1000, rounded half-up); 0 when the signing gives none. */
    public static long mwhOf(Double gwhPerYear) {
        return gwhPerYear == null ? 0
                : BigDecimal.valueOf(gwhPerYear).movePointRight(3).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    /** What a project in this state adds: its MWh, while it has commenced and is neither withdrawn nor cancelled. */
    public static Map<EnergyUse, Long> of(String destinationRegion, ProjectState state) {
        if (state == null || !state.open() || state.commencedOn() == null || state.energyMwh() == 0
                || state.originRegion() == null) {
            return Map.of();
        }
        return Map.of(new EnergyUse(destinationRegion, state.originRegion()), state.energyMwh());
    }

    /** What it adds beyond its event, where a repeat counts only as a repeat. */
    public static Map<EnergyUse, Long> beyondEvent(String destinationRegion, ProjectState state) {
        return state != null && state.repeat() ? Map.of() : of(destinationRegion, state);
    }
}
