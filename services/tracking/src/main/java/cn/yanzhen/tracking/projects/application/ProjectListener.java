package cn.yanzhen.tracking.projects.application;

import cn.yanzhen.platform.validation.Violations;
import cn.yanzhen.tracking.figures.domain.FigureChanges;
import cn.yanzhen.tracking.projects.domain.ProjectSummary;
import cn.yanzhen.tracking.projects.domain.ReceivedReport;
import cn.yanzhen.tracking.projects.domain.Report;
import java.util.UUID;

/**
 * What another slice does when a project's reports or its signing move, inside the transaction that moves them: it
 * checks a report against what it keeps, follows an accepted one, forgets a withdrawn signing. The projects slice
 * calls every listener and knows none of them.
 */
public interface ProjectListener {

    /** Adds the report's problems against what this slice keeps (e.g. an OUTCOME period already reported). */
    default void check(UUID signingId, Report report, Violations violations) {
    }

    /** Follows an accepted report; {@code changes} are the figures its transaction writes and publishes. */
    default void reported(ProjectSummary project, ReceivedReport received, Report report, FigureChanges changes) {
    }

    /** Forgets what it keeps for a signing its organiser withdrew. */
    default void withdrawn(UUID signingId) {
    }
}
