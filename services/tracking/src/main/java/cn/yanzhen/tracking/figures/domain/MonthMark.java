package cn.yanzhen.tracking.figures.domain;

import cn.yanzhen.contracts.tracking.ProjectProgressed.ProjectStatus;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * One entry a project puts in its scopes' monthly series: a measure in a month. It is counted with the project's
 * signed investment and, for {@link MonthMeasure#SIGNED}, the investment the project has completed, so a window of
 * months adds up to the scope's figures of the same name as a change of the project moves its entries (−1 before, +1
 * after).
 */
public record MonthMark(MonthMeasure measure, YearMonth month) {

    /** The kind of figure month marks are: scope_month's projects, signed and completed yuan per measure and month. */
    public static final String KIND = "month";

    /**
     * What a project in this state puts in its event's series ({@code sign} 1) or takes out of them (−1): nothing for
     * a withdrawn signing, as {@code signed} leaves it; its signing and each milestone it reached otherwise (达产 as
     * cycle times count it, once in production). A cancelled project keeps what it reached, as its counts do.
     */
    public static List<FigureContribution> of(ProjectState state, long sign) {
        List<FigureContribution> marks = new ArrayList<>();
        if (state == null || state.signedOn() == null || state.status() == ProjectStatus.WITHDRAWN) {
            return marks;
        }
        long yuan = state.investmentYuan();
        marks.add(new MonthMark(MonthMeasure.SIGNED, YearMonth.from(state.signedOn()))
                .counted(sign, yuan, state.cumulativeYuan()));
        add(marks, MonthMeasure.COMMENCED, state.commencedOn(), sign, yuan);
        add(marks, MonthMeasure.IN_PRODUCTION, state.inProductionOn(), sign, yuan);
        if (state.commencedOn() != null && state.inProductionOn() != null) {
            add(marks, MonthMeasure.REACHED_DESIGN_CAPACITY, state.reachedCapacityOn(), sign, yuan);
        }
        add(marks, MonthMeasure.VERIFIED_COMMENCED, state.verified().commencedOn(), sign, yuan);
        add(marks, MonthMeasure.VERIFIED_IN_PRODUCTION, state.verified().inProductionOn(), sign, yuan);
        return marks;
    }

    /** What it puts in the series beyond its event, where a repeat counts only as a repeat. */
    public static List<FigureContribution> beyondEvent(ProjectState state, long sign) {
        return state != null && state.repeat() ? List.of() : of(state, sign);
    }

    private static void add(List<FigureContribution> marks, MonthMeasure measure, LocalDate on, long sign, long yuan) {
        if (on != null) {
            marks.add(new MonthMark(measure, YearMonth.from(on)).counted(sign, yuan, 0));
        }
    }

    private FigureContribution counted(long sign, long yuan, long completedYuan) {
        return FigureContribution.of(KIND, this, sign, sign * yuan, sign * completedYuan);
    }
}
