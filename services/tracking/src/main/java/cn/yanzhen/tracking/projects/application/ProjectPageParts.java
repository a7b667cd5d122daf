package cn.yanzhen.tracking.projects.application;

import cn.yanzhen.contracts.tracking.Obstacle;
import cn.yanzhen.tracking.projects.domain.ProjectSummary;
import cn.yanzhen.tracking.projects.domain.RaisedAlert;
import java.util.List;
import java.util.UUID;

/** What another slice shows on a project's page: the alerts it keeps itself, the obstacles it keeps. */
public interface ProjectPageParts {

    default List<RaisedAlert> alerts(UUID signingId) {
        return List.of();
    }

    default List<Obstacle> obstacles(ProjectSummary project) {
        return List.of();
    }
}
