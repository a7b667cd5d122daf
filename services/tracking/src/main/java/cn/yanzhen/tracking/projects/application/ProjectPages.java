package cn.yanzhen.tracking.projects.application;

import cn.yanzhen.contracts.tracking.Obstacle;
import cn.yanzhen.tracking.projects.domain.ProjectSummary;
import cn.yanzhen.tracking.projects.domain.RaisedAlert;
import cn.yanzhen.tracking.projects.persistence.ProjectQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** The parts of a project's page other slices keep, gathered from each. */
@ApplicationScoped
public class ProjectPages {

    private final ProjectQueries queries;
    private final Instance<ProjectPageParts> parts;

    ProjectPages(ProjectQueries queries, Instance<ProjectPageParts> parts) {
        this.queries = queries;
        this.parts = parts;
    }

    /** Its alerts, oldest first: those raised once per project (or occasion), and those other slices keep. */
    public List<RaisedAlert> alerts(UUID signingId) {
        List<RaisedAlert> alerts = new ArrayList<>(queries.alerts(signingId));
        parts.forEach(part -> alerts.addAll(part.alerts(signingId)));
        alerts.sort(Comparator.comparing(RaisedAlert::raisedAt).thenComparing(RaisedAlert::code));
        return alerts;
    }

    public List<Obstacle> obstacles(ProjectSummary project) {
        List<Obstacle> obstacles = new ArrayList<>();
        parts.forEach(part -> obstacles.addAll(part.obstacles(project)));
        return obstacles;
    }
}
