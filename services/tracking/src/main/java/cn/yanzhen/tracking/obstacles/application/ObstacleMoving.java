package cn.yanzhen.tracking.obstacles.application;

import cn.yanzhen.contracts.tracking.Obstacle;
import cn.yanzhen.platform.validation.Violations;
import cn.yanzhen.tracking.obstacles.domain.ObstacleMark;
import cn.yanzhen.tracking.obstacles.domain.ObstacleMove;
import cn.yanzhen.tracking.obstacles.domain.ObstacleRefused;
import cn.yanzhen.tracking.obstacles.domain.ObstacleRules;
import cn.yanzhen.tracking.obstacles.persistence.ObstacleEntity;
import cn.yanzhen.tracking.obstacles.persistence.ObstacleLedger;
import cn.yanzhen.tracking.projects.application.ProjectLookup;
import cn.yanzhen.tracking.projects.domain.ProjectSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Moves an obstacle along its state machine (docs/contract.md §4.7): the move is kept in its history, its figures
 * move, and it is published and audited in one transaction. The same move again changes nothing; a move the state
 * machine does not allow is refused.
 */
@ApplicationScoped
public class ObstacleMoving {

    private final ProjectLookup projects;
    private final ObstacleLedger ledger;
    private final ObstacleChanges changes;
    private final Clock clock;

    ObstacleMoving(ProjectLookup projects, ObstacleLedger ledger, ObstacleChanges changes, Clock clock) {
        this.projects = projects;
        this.ledger = ledger;
        this.changes = changes;
        this.clock = clock;
    }

    /** The obstacle after the move, and whether this request made it. */
    public record Moved(Obstacle obstacle, boolean created) {
    }

    /** Moves the obstacle as {@code by} asked, or refuses ({@link ObstacleRefused}, invalid fields) unchanged. */
    @Transactional
    public Moved move(UUID signingId, String obstacleId, ObstacleMove move, String by) {
        ObstacleEntity obstacle = ledger.lock(obstacleId).filter(found -> found.signingId.equals(signingId))
                .orElseThrow(() -> new ObstacleRefused(ObstacleRefused.Reason.UNKNOWN, "Project " + signingId
                        + " has no obstacle " + obstacleId + "."));
        ProjectSummary project = projects.find(signingId).orElseThrow();
        Obstacle before = ledger.view(obstacle, project);
        if (isTheLatest(before, move)) {
            return new Moved(before, false);
        }
        ObstacleRules.conflict(obstacle.status, move.status()).ifPresent(reason -> {
            throw new ObstacleRefused(ObstacleRefused.Reason.CONFLICT, "The move is refused: " + reason + ".");
        });
        Violations violations = new Violations();
        ObstacleRules.checkDay(move, obstacle.changedOn, LocalDate.now(clock), violations);
        violations.throwIfAny("The move is invalid; nothing was changed.");
        ObstacleMark counted = obstacle.mark();
        obstacle.take(move);
        Instant now = Instant.now(clock);
        ledger.addChange(obstacle, move.note(), by, now);
        return new Moved(changes.applied(project, obstacle, before, counted, "obstacle.move", move), true);
    }

    /** Whether the move is the obstacle's latest change already: the same request sent again. */
    private static boolean isTheLatest(Obstacle obstacle, ObstacleMove move) {
        List<Obstacle.Change> history = obstacle.history();
        Obstacle.Change latest = history.get(history.size() - 1);
        return history.size() > 1 && latest.status() == move.status() && latest.on().equals(move.on())
                && Objects.equals(latest.note(), move.note());
    }
}
