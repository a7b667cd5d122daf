package cn.yanzhen.tracking.obstacles.application;

import cn.yanzhen.tracking.figures.application.ScopeFigurePart;
import cn.yanzhen.tracking.figures.application.ScopeFigureTable;
import cn.yanzhen.tracking.figures.application.StatsDraft;
import cn.yanzhen.tracking.figures.domain.FigureTable;
import cn.yanzhen.tracking.obstacles.domain.ObstacleFigures;
import cn.yanzhen.tracking.obstacles.domain.ObstacleMark;
import cn.yanzhen.tracking.obstacles.persistence.ScopeObstacles;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/** Obstacles (docs/contract.md §4.7) as a kind of scope figure: kept in scope_obstacle, shown as obstacles. */
@ApplicationScoped
class ObstaclesOfScopes implements ScopeFigureTable, ScopeFigurePart {

    private final ScopeObstacles obstacles;

    ObstaclesOfScopes(ScopeObstacles obstacles) {
        this.obstacles = obstacles;
    }

    @Override
    public FigureTable<?> table() {
        return ScopeObstacles.TABLE;
    }

    @Override
    public void readInto(Map<String, StatsDraft> drafts) {
        Map<String, Map<ObstacleMark, Long>> counts = obstacles.read(List.copyOf(drafts.keySet()));
        drafts.forEach((scope, draft) -> draft.obstacles(ObstacleFigures.of(counts.getOrDefault(scope, Map.of()))));
    }
}
