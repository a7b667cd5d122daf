package cn.yanzhen.tracking.projects.persistence;

import cn.yanzhen.contracts.tracking.ProjectProgressed.ProjectStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Projects as the use cases change them: locked for the change, written in JDBC batches at the flush. */
@ApplicationScoped
public class ProjectRepository {

    private static final List<ProjectStatus> OPEN = List.of(ProjectStatus.SIGNED, ProjectStatus.COMMENCED,
            ProjectStatus.IN_PRODUCTION);

    private final EntityManager entityManager;

    ProjectRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The projects of these signings that exist, locked for update, by signing id. */
    public Map<UUID, ProjectEntity> lockAll(Collection<UUID> signingIds) {
        Map<UUID, ProjectEntity> found = new HashMap<>();
        if (signingIds.isEmpty()) {
            return found;
        }
        entityManager.createQuery("from ProjectEntity where signingId in :ids", ProjectEntity.class)
                .setParameter("ids", signingIds)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList()
                .forEach(project -> found.put(project.signingId, project));
        return found;
    }

    /** The signings that repeat any of these, each one's id with the earliest signing it follows. */
    public Map<UUID, UUID> followersOf(Collection<UUID> earliest) {
        Map<UUID, UUID> found = new HashMap<>();
        if (earliest.isEmpty()) {
            return found;
        }
        entityManager.createQuery("select p.signingId, p.repeatOf from ProjectEntity p where p.repeatOf in :ids",
                        Object[].class)
                .setParameter("ids", earliest)
                .getResultList()
                .forEach(row -> found.put((UUID) row[0], (UUID) row[1]));
        return found;
    }

    public Optional<ProjectEntity> lock(UUID signingId) {
        return Optional.ofNullable(entityManager.find(ProjectEntity.class, signingId, LockModeType.PESSIMISTIC_WRITE));
    }

    public void add(ProjectEntity project) {
        entityManager.persist(project);
    }

    /**
     * The next open projects after {@code after} in signing-id order, locked, repeats left out (they follow
     * their earliest signing's deadlines); projects another
     * transaction holds are passed over (the next scan takes them).
     */
    public List<ProjectEntity> lockOpenAfter(UUID after, int limit) {
        return entityManager.createQuery("from ProjectEntity where status in :open and signingId > :after"
                        + " and repeatOf is null order by signingId", ProjectEntity.class)
                .setParameter("open", OPEN)
                .setParameter("after", after)
                .setMaxResults(limit)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint("jakarta.persistence.lock.timeout", -2)
                .getResultList();
    }
}
