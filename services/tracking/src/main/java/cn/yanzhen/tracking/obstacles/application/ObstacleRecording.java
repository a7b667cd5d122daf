package cn.yanzhen.tracking.obstacles.application;

import cn.yanzhen.contracts.tracking.Obstacle;
import cn.yanzhen.contracts.tracking.ProjectProgressed.ProjectStatus;
import cn.yanzhen.platform.persistence.KeyLocks;
import cn.yanzhen.platform.validation.Violations;
import cn.yanzhen.tracking.obstacles.domain.NewObstacle;
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
import java.util.Optional;
import java.util.UUID;

/**
 * A regional office records an obstacle on one of its open projects (docs/contract.md §4.7): stored OPEN, counted,
 * published and audited in one transaction. The same obstacle again changes nothing; another under its id is refused.
 */
@ApplicationScoped
public class ObstacleRecording {

    private static final String LOCKS = "obstacle";

    private final KeyLocks locks;
    private final ProjectLookup projects;
    private final ObstacleLedger ledger;
    private final ObstacleChanges changes;
    private final Clock clock;

    ObstacleRecording(KeyLocks locks, ProjectLookup projects, ObstacleLedger ledger, ObstacleChanges changes,
                      Clock clock) {
        this.locks = locks;
        this.projects = projects;
        this.ledger = ledger;
        this.changes = changes;
        this.clock = clock;
    }

    /** The obstacle as recorded, and whether this request recorded it. */
    public record Recorded(Obstacle obstacle, boolean created) {
    }

    /** Records the obstacle {@code by} asked for, or refuses it ({@link ObstacleRefused}, invalid fields) unchanged. */
    @Transactional
    public Recorded record(UUID signingId, NewObstacle obstacle, String by) {
        locks.lock(LOCKS, List.of(obstacle.obstacleId()));
        ProjectSummary project = projects.find(signingId).orElseThrow(() -> new ObstacleRefused(
                ObstacleRefused.Reason.UNKNOWN, "No project for signing " + signingId + "."));
        Optional<ObstacleEntity> earlier = ledger.find(obstacle.obstacleId());
        if (earlier.isPresent()) {
            if (!earlier.get().signingId.equals(signingId) || !earlier.get().asRecorded().equals(obstacle)) {
                throw new ObstacleRefused(ObstacleRefused.Reason.CONFLICT, "obstacleId " + obstacle.obstacleId()
                        + " was already used for a different obstacle.");
            }
            return new Recorded(ledger.view(earlier.get(), project), false);
        }
        refuseIfClosed(project);
        Violations violations = new Violations();
        ObstacleRules.checkOpening(obstacle, project.progress().signedOn(), LocalDate.now(clock), violations);
        violations.throwIfAny("The obstacle is invalid; nothing was stored.");
        ObstacleEntity stored = ledger.open(signingId, obstacle, by, Instant.now(clock));
        return new Recorded(changes.applied(project, stored, null, null, "obstacle.record", obstacle), true);
    }

    /** A repeat's obstacles belong to its earliest signing; a withdrawn or cancelled project takes none. */
    private static void refuseIfClosed(ProjectSummary project) {
        if (project.repeatOf() != null) {
            throw new ObstacleRefused(ObstacleRefused.Reason.CONFLICT, "Signing " + project.signingId()
                    + " repeats signing " + project.repeatOf() + " of the same project; record its obstacles on "
                    + project.repeatOf() + ".");
        }
        if (project.status() == ProjectStatus.WITHDRAWN || project.status() == ProjectStatus.CANCELLED) {
            throw new ObstacleRefused(ObstacleRefused.Reason.CONFLICT, "The project is " + project.status()
                    + "; it takes no new obstacles.");
        }
    }
}
