package cn.yanzhen.tracking.domain;

import cn.yanzhen.contracts.tracking.ProjectProgressed.ProjectStatus;
import java.time.LocalDate;

/**
 * What the figures need to know of one project at one moment. A project contributes to the figures
 * of its scopes according to this state; a change contributes the difference. {@code repeat} marks a
 * signing that repeats an earlier signing of the same project: beyond its event it counts only as a repeat.
 */
public record ProjectState(ProjectStatus status, long investmentYuan, LocalDate commencedOn, LocalDate inProductionOn,
                           long cumulativeYuan, boolean overdue, String verdict, boolean repeat) {

    /**
     * A repeat's state as its event counts it: the milestones, investment and overdue flag of the project's
     * earliest signing, with its own signed investment and verdict. Its own state stands while it is no
     * repeat, is withdrawn, or the earliest signing is not known here or was withdrawn.
     */
    public ProjectState following(ProjectState earliest) {
        if (!repeat || earliest == null || status == ProjectStatus.WITHDRAWN
                || earliest.status() == ProjectStatus.WITHDRAWN) {
            return this;
        }
        return new ProjectState(earliest.status(), investmentYuan, earliest.commencedOn(), earliest.inProductionOn(),
                earliest.cumulativeYuan(), earliest.overdue(), verdict, true);
    }
}
