package cn.yanzhen.tracking.figures.domain;

import cn.yanzhen.contracts.tracking.ProjectProgressed.ProjectStatus;
import java.time.LocalDate;

/**
 * What the figures need to know of one project at one moment. A project contributes to the figures
 * of its scopes according to this state; a change contributes the difference. {@code repeat} marks a
 * signing that repeats an earlier signing of the same project: beyond its event it counts only as a repeat.
 * {@code verified} is what verifiers have confirmed of its progress. {@code signedOn} starts its cycle times;
 * {@code energyMwh} (its signed annual electricity demand, 0 when not given) and {@code originRegion} (its investor's)
 * give its energy figures. {@code reachedCapacityOn} is the day it reached its design capacity (达产), as reported;
 * {@code landSquareMetres} the land its signing stated (0 when none).
 */
public record ProjectState(ProjectStatus status, long investmentYuan, LocalDate commencedOn, LocalDate inProductionOn,
                           long cumulativeYuan, boolean overdue, String verdict, boolean repeat,
                           VerifiedProgress verified, LocalDate signedOn, long energyMwh, String originRegion,
                           LocalDate reachedCapacityOn, long landSquareMetres) {

    public ProjectState {
        verified = verified == null ? VerifiedProgress.NONE : verified;
    }

    /** A state of a project that stated no land. */
    public ProjectState(ProjectStatus status, long investmentYuan, LocalDate commencedOn, LocalDate inProductionOn,
                        long cumulativeYuan, boolean overdue, String verdict, boolean repeat, VerifiedProgress verified,
                        LocalDate signedOn, long energyMwh, String originRegion, LocalDate reachedCapacityOn) {
        this(status, investmentYuan, commencedOn, inProductionOn, cumulativeYuan, overdue, verdict, repeat, verified,
                signedOn, energyMwh, originRegion, reachedCapacityOn, 0);
    }

    /** A state short of design capacity. */
    public ProjectState(ProjectStatus status, long investmentYuan, LocalDate commencedOn, LocalDate inProductionOn,
                        long cumulativeYuan, boolean overdue, String verdict, boolean repeat, VerifiedProgress verified,
                        LocalDate signedOn, long energyMwh, String originRegion) {
        this(status, investmentYuan, commencedOn, inProductionOn, cumulativeYuan, overdue, verdict, repeat, verified,
                signedOn, energyMwh, originRegion, null);
    }

    /** A state without the dates and energy of cycle times and energy figures. */
    public ProjectState(ProjectStatus status, long investmentYuan, LocalDate commencedOn, LocalDate inProductionOn,
                        long cumulativeYuan, boolean overdue, String verdict, boolean repeat, VerifiedProgress verified) {
        this(status, investmentYuan, commencedOn, inProductionOn, cumulativeYuan, overdue, verdict, repeat, verified,
                null, 0, null);
    }

    /** A state of which nothing is verified yet. */
    public ProjectState(ProjectStatus status, long investmentYuan, LocalDate commencedOn, LocalDate inProductionOn,
                        long cumulativeYuan, boolean overdue, String verdict, boolean repeat) {
        this(status, investmentYuan, commencedOn, inProductionOn, cumulativeYuan, overdue, verdict, repeat,
                VerifiedProgress.NONE);
    }

    /** Whether the project is still followed: neither withdrawn nor cancelled. */
    public boolean open() {
        return status != ProjectStatus.WITHDRAWN && status != ProjectStatus.CANCELLED;
    }

    /**
     * A repeat's state as its event counts it: the milestones, investment, overdue flag, verified progress and
     * signing date of the project's earliest signing (its cycle times are the project's), with its own signed
     * investment, verdict and energy. Its own state stands while it is no repeat, is withdrawn, or the earliest
     * signing is not known here or was withdrawn.
     */
    public ProjectState following(ProjectState earliest) {
        if (!repeat || earliest == null || status == ProjectStatus.WITHDRAWN
                || earliest.status() == ProjectStatus.WITHDRAWN) {
            return this;
        }
        return new ProjectState(earliest.status(), investmentYuan, earliest.commencedOn(), earliest.inProductionOn(),
                earliest.cumulativeYuan(), earliest.overdue(), verdict, true, earliest.verified(), earliest.signedOn(),
                energyMwh, originRegion, earliest.reachedCapacityOn(), landSquareMetres);
    }
}
