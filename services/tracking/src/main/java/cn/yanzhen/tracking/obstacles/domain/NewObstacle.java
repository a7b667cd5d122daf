package cn.yanzhen.tracking.obstacles.domain;

import cn.yanzhen.contracts.tracking.Obstacle.Category;
import java.time.LocalDate;

/** An obstacle as a regional office records it on one of its projects (docs/contract.md §4.7). */
public record NewObstacle(String obstacleId, Category category, String description, String department,
                          LocalDate openedOn) {
}
