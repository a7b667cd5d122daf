package cn.yanzhen.tracking.projects.application;

import cn.yanzhen.tracking.projects.domain.ProjectSummary;
import cn.yanzhen.tracking.projects.domain.ReceivedReport;
import cn.yanzhen.tracking.projects.persistence.ProjectEntity;
import cn.yanzhen.tracking.projects.persistence.ProjectQueries;
import cn.yanzhen.tracking.projects.persistence.ReportEntity;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The projects and their reports as the other slices read them. */
@ApplicationScoped
public class ProjectLookup {

    private final ProjectQueries queries;

    ProjectLookup(ProjectQueries queries) {
        this.queries = queries;
    }

    public Optional<ProjectSummary> find(UUID signingId) {
        return queries.find(signingId).map(ProjectEntity::summary);
    }

    /** The projects, by destination then signing id. */
    public List<ProjectSummary> byIds(Collection<UUID> signingIds) {
        return queries.byIds(signingIds).stream().map(ProjectEntity::summary).toList();
    }

    /** The reports of these ids that exist, by id. */
    public Map<String, ReceivedReport> reports(Collection<String> reportIds) {
        return queries.reportsByIds(reportIds).stream().map(ReportEntity::received)
                .collect(Collectors.toMap(ReceivedReport::reportId, Function.identity()));
    }
}
