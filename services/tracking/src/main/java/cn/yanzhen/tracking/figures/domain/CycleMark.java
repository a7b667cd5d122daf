package cn.yanzhen.tracking.figures.domain;

import cn.yanzhen.contracts.tracking.ProjectProgressed.ProjectStatus;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * One entry a project puts in its scopes' cycle-time histograms. Histograms are kept as counts per value, changed by
 * +1 and −1 as a project moves, so medians and percentiles stay exact without reading projects.
 */
public record CycleMark(CycleMeasure measure, long value) {

    /** The kind of figure cycle marks are: scope_cycle's counts of projects per measure and value. */
    public static final String KIND = "cycle";

    /** This mark counted {@code times} more (−1: a project leaves it). */
    public FigureContribution counted(long times) {
        return FigureContribution.of(KIND, this, times);
    }

    /**
     * What a project in this state puts in its event's histograms: the days of each step it took (a cancelled project
     * keeps the steps it took), and, while open, the step it waits for and since when. A withdrawn signing puts nothing.
     */
    public static List<CycleMark> of(ProjectState state) {
        List<CycleMark> marks = new ArrayList<>();
        if (state == null || state.signedOn() == null || state.status() == null
                || state.status() == ProjectStatus.WITHDRAWN) {
            return marks;
        }
        LocalDate commenced = state.commencedOn();
        if (commenced == null) {
            if (state.open()) {
                marks.add(new CycleMark(CycleMeasure.AWAITING_COMMENCEMENT, state.signedOn().toEpochDay()));
            }
            return marks;
        }
        marks.add(new CycleMark(CycleMeasure.SIGNING_TO_COMMENCEMENT, ChronoUnit.DAYS.between(state.signedOn(), commenced)));
        if (state.inProductionOn() != null) {
            marks.add(new CycleMark(CycleMeasure.COMMENCEMENT_TO_PRODUCTION,
                    ChronoUnit.DAYS.between(commenced, state.inProductionOn())));
            if (state.reachedCapacityOn() != null) {
                marks.add(new CycleMark(CycleMeasure.PRODUCTION_TO_DESIGN_CAPACITY,
                        ChronoUnit.DAYS.between(state.inProductionOn(), state.reachedCapacityOn())));
            }
        } else if (state.open()) {
            marks.add(new CycleMark(CycleMeasure.AWAITING_PRODUCTION, commenced.toEpochDay()));
        }
        return marks;
    }

    /** What it puts in the histograms beyond its event, where a repeat counts only as a repeat. */
    public static List<CycleMark> beyondEvent(ProjectState state) {
        return state != null && state.repeat() ? List.of() : of(state);
    }
}
