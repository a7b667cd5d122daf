package cn.yanzhen.tracking.obstacles.persistence;

import cn.yanzhen.contracts.tracking.Obstacle.Category;
import cn.yanzhen.contracts.tracking.Obstacle.Status;
import cn.yanzhen.tracking.obstacles.domain.NewObstacle;
import cn.yanzhen.tracking.obstacles.domain.ObstacleMark;
import cn.yanzhen.tracking.obstacles.domain.ObstacleMove;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Entity
@Table(name = "obstacle")
public class ObstacleEntity {

    @Id
    public String obstacleId;
    public UUID signingId;
    @Enumerated(EnumType.STRING)
    public Category category;
    public String description;
    public String department;
    @Enumerated(EnumType.STRING)
    public Status status;
    public LocalDate openedOn;
    public LocalDate changedOn;
    public LocalDate closedOn;
    public String resolution;
    public Instant recordedAt;

    static ObstacleEntity opened(UUID signingId, NewObstacle obstacle, Instant at) {
        ObstacleEntity entity = new ObstacleEntity();
        entity.obstacleId = obstacle.obstacleId();
        entity.signingId = signingId;
        entity.category = obstacle.category();
        entity.description = obstacle.description();
        entity.department = obstacle.department();
        entity.status = Status.OPEN;
        entity.openedOn = obstacle.openedOn();
        entity.changedOn = obstacle.openedOn();
        entity.recordedAt = at;
        return entity;
    }

    /** The request that recorded it, to tell the same request again from another under its id. */
    public NewObstacle asRecorded() {
        return new NewObstacle(obstacleId, category, description, department, openedOn);
    }

    /** Takes the move: its new status from the day given, closed (and resolved, with the note) when final. */
    public void take(ObstacleMove move) {
        status = move.status();
        changedOn = move.on();
        if (!status.unresolved()) {
            closedOn = move.on();
        }
        if (status == Status.RESOLVED) {
            resolution = move.note();
        }
    }

    /** What it puts in its scopes' obstacle figures as it stands. */
    public ObstacleMark mark() {
        return ObstacleMark.of(category, status, openedOn, closedOn);
    }
}
