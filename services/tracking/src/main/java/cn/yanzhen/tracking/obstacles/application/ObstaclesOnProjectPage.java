package cn.yanzhen.tracking.obstacles.application;

import cn.yanzhen.contracts.tracking.Obstacle;
import cn.yanzhen.tracking.obstacles.persistence.ObstacleLedger;
import cn.yanzhen.tracking.projects.application.ProjectPageParts;
import cn.yanzhen.tracking.projects.domain.ProjectSummary;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** A project's obstacles on its page, the earliest opened first, each with its history (docs/contract.md §4.7). */
@ApplicationScoped
class ObstaclesOnProjectPage implements ProjectPageParts {

    private final ObstacleLedger ledger;

    ObstaclesOnProjectPage(ObstacleLedger ledger) {
        this.ledger = ledger;
    }

    @Override
    public List<Obstacle> obstacles(ProjectSummary project) {
        return ledger.viewsOf(project);
    }
}
