package cn.yanzhen.tracking.obstacles.domain;

import cn.yanzhen.contracts.tracking.Obstacle.Status;
import java.time.LocalDate;

/** A change of an obstacle's status as an office asks for it: the status it reaches, the day, and why. */
public record ObstacleMove(Status status, LocalDate on, String note) {
}
