package cn.yanzhen.notifier.deliveries.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class ProjectRepository {

    private final EntityManager entityManager;

    ProjectRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Those of these projects that are known, by signing id. */
    public Map<UUID, ProjectEntity> findAll(Collection<UUID> signingIds) {
        if (signingIds.isEmpty()) {
            return Map.of();
        }
        return entityManager.createQuery("from ProjectEntity where signingId in :ids", ProjectEntity.class)
                .setParameter("ids", signingIds).getResultStream()
                .collect(Collectors.toMap(project -> project.signingId, Function.identity()));
    }

    /** Adds the project, or replaces what was known of it. */
    public ProjectEntity save(ProjectEntity project) {
        return entityManager.merge(project);
    }
}
