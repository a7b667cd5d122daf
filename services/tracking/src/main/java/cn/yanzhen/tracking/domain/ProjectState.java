package cn.yanzhen.tracking.domain;

import cn.yanzhen.contracts.tracking.ProjectProgressed.ProjectStatus;
import java.time.LocalDate;

/**
 * What the figures need to know of one project at one moment. A project contributes to the figures
 * of its scopes according to this state; a change contributes the difference.
 */
public record ProjectState(ProjectStatus status, long investmentYuan, LocalDate commencedOn, LocalDate inProductionOn,
                           long cumulativeYuan, boolean overdue, String verdict) {
}
