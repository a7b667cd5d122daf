package cn.yanzhen.tracking.obstacles.api;

import cn.yanzhen.contracts.tracking.Obstacle.Category;
import cn.yanzhen.contracts.tracking.Obstacle.Status;
import cn.yanzhen.platform.api.JsonFieldReader;
import cn.yanzhen.platform.validation.Violations;
import cn.yanzhen.tracking.obstacles.domain.NewObstacle;
import cn.yanzhen.tracking.obstacles.domain.ObstacleMove;
import cn.yanzhen.tracking.obstacles.domain.ObstacleRules;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;

/** An obstacle and a move of one as a regional office sends them: each field read, each problem named for a 400. */
final class ObstacleBody {

    private static final Set<String> OBSTACLE_FIELDS = Set.of("obstacleId", "category", "description", "department",
            "openedOn");
    private static final Set<String> MOVE_FIELDS = Set.of("status", "on", "note");

    private ObstacleBody() {
    }

    static NewObstacle obstacle(JsonNode body) {
        Violations violations = new Violations();
        JsonFieldReader fields = new JsonFieldReader(body, OBSTACLE_FIELDS, violations);
        NewObstacle obstacle = new NewObstacle(fields.text("obstacleId"),
                fields.oneOf("category", Category.values()), fields.text("description"), fields.text("department"),
                fields.date("openedOn"));
        ObstacleRules.check(obstacle, violations);
        violations.throwIfAny("The obstacle is invalid; nothing was stored.");
        return obstacle;
    }

    static ObstacleMove move(JsonNode body) {
        Violations violations = new Violations();
        JsonFieldReader fields = new JsonFieldReader(body, MOVE_FIELDS, violations);
        ObstacleMove move = new ObstacleMove(fields.oneOf("status", Status.values()), fields.date("on"),
                fields.text("note"));
        ObstacleRules.check(move, violations);
        violations.throwIfAny("The move is invalid; nothing was changed.");
        return move;
    }
}
