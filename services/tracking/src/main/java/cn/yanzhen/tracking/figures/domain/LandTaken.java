package cn.yanzhen.tracking.figures.domain;

import java.util.List;

/**
 * What a project adds to its scopes' land (docs/contract.md §4.5.7): while it is open and its signing stated land,
 * itself, its land and its signed investment, kept per scope in scope_land; beyond its event a repeat adds nothing, as
 * the project counts there once.
 */
public final class LandTaken {

    /** The kind of figure land is: scope_land's one row per scope. */
    public static final String KIND = "land";
    /** The one key a scope's land is kept under. */
    public static final String KEY = "";

    private LandTaken() {
    }

    /** What a project in this state adds (sign 1) or takes away (sign −1) in its event. */
    public static List<FigureContribution> of(ProjectState state, int sign) {
        if (state == null || !state.open() || state.landSquareMetres() <= 0) {
            return List.of();
        }
        return List.of(FigureContribution.of(KIND, KEY, sign, sign * state.landSquareMetres(),
                sign * state.investmentYuan()));
    }

    /** The same beyond its event. */
    public static List<FigureContribution> beyondEvent(ProjectState state, int sign) {
        return state != null && state.repeat() ? List.of() : of(state, sign);
    }
}
