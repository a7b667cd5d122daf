package cn.yanzhen.tracking.obstacles.application;

import cn.yanzhen.contracts.EventTypes;
import cn.yanzhen.contracts.Topics;
import cn.yanzhen.contracts.tracking.Obstacle;
import cn.yanzhen.platform.audit.AuditTrail;
import cn.yanzhen.platform.audit.AuditedChange;
import cn.yanzhen.platform.outbox.Outbox;
import cn.yanzhen.platform.outbox.OutgoingEvent;
import cn.yanzhen.tracking.figures.application.Figures;
import cn.yanzhen.tracking.figures.domain.FigureChanges;
import cn.yanzhen.tracking.obstacles.domain.ObstacleMark;
import cn.yanzhen.tracking.obstacles.persistence.ObstacleEntity;
import cn.yanzhen.tracking.obstacles.persistence.ObstacleLedger;
import cn.yanzhen.tracking.projects.domain.ProjectSummary;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * What every accepted change of an obstacle does besides storing it, in the caller's transaction: its project's
 * scopes' obstacle figures move and are published, the obstacle is published with its history on
 * {@code yanzhen.obstacles}, and the change is audited.
 */
@ApplicationScoped
class ObstacleChanges {

    private final ObstacleLedger ledger;
    private final Figures figures;
    private final Outbox outbox;
    private final AuditTrail audit;

    ObstacleChanges(ObstacleLedger ledger, Figures figures, Outbox outbox, AuditTrail audit) {
        this.ledger = ledger;
        this.figures = figures;
        this.outbox = outbox;
        this.audit = audit;
    }

    /**
     * The obstacle after the change {@code action} asked by {@code request}; {@code before} and {@code markBefore} are
     * what it was and what it counted (null for one just recorded).
     */
    Obstacle applied(ProjectSummary project, ObstacleEntity obstacle, Obstacle before, ObstacleMark markBefore,
                     String action, Object request) {
        FigureChanges changes = figures.newChanges();
        if (markBefore != null) {
            changes.contribute(project.place(),
                    markBefore.counted(-1));
        }
        changes.contribute(project.place(),
                obstacle.mark().counted(1));
        figures.writeAndPublish(changes);
        Obstacle after = ledger.view(obstacle, project);
        outbox.publish(new OutgoingEvent(Topics.OBSTACLES, EventTypes.OBSTACLE_CHANGED, obstacle.obstacleId, after));
        audit.record(AuditedChange.of(action, "obstacle", obstacle.obstacleId).request(request).before(before)
                .after(after));
        return after;
    }
}
