package cn.yanzhen.tracking.obstacles.persistence;

import cn.yanzhen.contracts.alert.Alert;
import cn.yanzhen.contracts.tracking.Obstacle.Change;
import cn.yanzhen.contracts.tracking.Obstacle.Status;
import cn.yanzhen.contracts.tracking.Obstacle;
import cn.yanzhen.platform.api.Page;
import cn.yanzhen.tracking.obstacles.domain.NewObstacle;
import cn.yanzhen.tracking.projects.domain.ProjectSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The obstacles of the projects and the history of each (docs/contract.md §4.7). */
@ApplicationScoped
public class ObstacleLedger {

    private static final String UNRESOLVED = "select * from obstacle o where o.status in ('OPEN', 'IN_PROGRESS')"
            + " and o.opened_on < ?1 and o.obstacle_id > ?2 and not exists (select 1 from project_alert a"
            + " where a.signing_id = o.signing_id and a.code = ?3 and a.occasion = o.obstacle_id)"
            + " order by o.obstacle_id limit ?4 for update skip locked";

    private final EntityManager entityManager;

    ObstacleLedger(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public Optional<ObstacleEntity> find(String obstacleId) {
        return Optional.ofNullable(entityManager.find(ObstacleEntity.class, obstacleId));
    }

    /** The obstacle, its row locked until the transaction ends. */
    public Optional<ObstacleEntity> lock(String obstacleId) {
        return Optional.ofNullable(entityManager.find(ObstacleEntity.class, obstacleId,
                LockModeType.PESSIMISTIC_WRITE));
    }

    /** Records a new obstacle, OPEN, with the first entry of its history. */
    public ObstacleEntity open(UUID signingId, NewObstacle obstacle, String by, Instant at) {
        ObstacleEntity entity = ObstacleEntity.opened(signingId, obstacle, at);
        entityManager.persist(entity);
        entityManager.flush();
        addChange(entity, null, by, at);
        return entity;
    }

    /** Keeps the status the obstacle has just reached, from its {@code changedOn}, in its history. */
    public void addChange(ObstacleEntity obstacle, String note, String by, Instant at) {
        entityManager.createNativeQuery("insert into obstacle_change (obstacle_id, seq, status, on_date, note,"
                        + " changed_by, changed_at) select ?1, coalesce(max(seq), 0) + 1, ?2, ?3, ?4, ?5, ?6"
                        + " from obstacle_change where obstacle_id = ?1")
                .setParameter(1, obstacle.obstacleId).setParameter(2, obstacle.status.name())
                .setParameter(3, obstacle.changedOn).setParameter(4, note).setParameter(5, by).setParameter(6, at)
                .executeUpdate();
    }

    /** A page of a project's obstacles, the earliest opened first. */
    public Page<ObstacleEntity> ofProject(UUID signingId, int page, int size) {
        List<ObstacleEntity> items = ofProject(signingId).setFirstResult(page * size).setMaxResults(size)
                .getResultList();
        long total = entityManager.createQuery("select count(o) from ObstacleEntity o where o.signingId = :id",
                Long.class).setParameter("id", signingId).getSingleResult();
        return new Page<>(items, page, size, total);
    }

    /** Every obstacle of the project, the earliest opened first, as its page shows them. */
    public List<Obstacle> viewsOf(ProjectSummary project) {
        return views(ofProject(project.signingId()).getResultList(), project);
    }

    private TypedQuery<ObstacleEntity> ofProject(UUID signingId) {
        return entityManager.createQuery("from ObstacleEntity where signingId = :id order by openedOn, obstacleId",
                ObstacleEntity.class).setParameter("id", signingId);
    }

    /**
     * Up to {@code limit} unresolved obstacles opened before {@code cutoff} that have not raised OBSTACLE_UNRESOLVED,
     * with ids after {@code after}, locked; those another transaction holds are passed over.
     */
    public List<ObstacleEntity> lockUnresolvedBefore(LocalDate cutoff, String after, int limit) {
        List<?> rows = entityManager.createNativeQuery(UNRESOLVED, ObstacleEntity.class).setParameter(1, cutoff)
                .setParameter(2, after).setParameter(3, Alert.AlertCode.OBSTACLE_UNRESOLVED.name())
                .setParameter(4, limit).getResultList();
        return rows.stream().map(ObstacleEntity.class::cast).toList();
    }

    /** The obstacles as the API and the topic show them: each with its project's event and destination and its history. */
    public List<Obstacle> views(List<ObstacleEntity> obstacles, ProjectSummary project) {
        if (obstacles.isEmpty()) {
            return List.of();
        }
        Map<String, List<Change>> histories = new HashMap<>();
        List<?> rows = entityManager.createNativeQuery("select obstacle_id, status, on_date, note, changed_by,"
                        + " changed_at from obstacle_change where obstacle_id in (:ids) order by obstacle_id, seq")
                .setParameter("ids", obstacles.stream().map(obstacle -> obstacle.obstacleId).toList())
                .getResultList();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            histories.computeIfAbsent((String) columns[0], id -> new ArrayList<>()).add(new Change(
                    Status.valueOf((String) columns[1]), date(columns[2]), (String) columns[3], (String) columns[4],
                    instant(columns[5])));
        }
        return obstacles.stream().map(obstacle -> new Obstacle(obstacle.obstacleId, obstacle.signingId,
                project.eventCode(), project.destinationRegion(), obstacle.category, obstacle.description,
                obstacle.department, obstacle.status, obstacle.openedOn, obstacle.closedOn, obstacle.resolution,
                List.copyOf(histories.getOrDefault(obstacle.obstacleId, List.of())))).toList();
    }

    public Obstacle view(ObstacleEntity obstacle, ProjectSummary project) {
        return views(List.of(obstacle), project).get(0);
    }

    /** A timestamptz as the driver hands it to a native query, as an instant. */
    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }

    private static LocalDate date(Object value) {
        return value instanceof LocalDate date ? date : ((java.sql.Date) value).toLocalDate();
    }
}
