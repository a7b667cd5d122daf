package cn.yanzhen.tracking.rounds.persistence;

import cn.yanzhen.platform.api.Page;
import cn.yanzhen.tracking.rounds.domain.Round;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** The reporting rounds, by code. */
@ApplicationScoped
public class RoundRepository {

    private final EntityManager entityManager;

    RoundRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public Optional<RoundEntity> find(String code) {
        return Optional.ofNullable(entityManager.find(RoundEntity.class, code));
    }

    public RoundEntity add(Round round, Instant at) {
        RoundEntity entity = RoundEntity.opened(round, at);
        entityManager.persist(entity);
        return entity;
    }

    /** An open round whose due date is before {@code today}, locked; one another transaction closes is passed over. */
    public Optional<RoundEntity> lockNextDue(LocalDate today) {
        return entityManager.createQuery("from RoundEntity where closedAt is null and dueOn < :today"
                        + " order by dueOn, code", RoundEntity.class)
                .setParameter("today", today)
                .setMaxResults(1)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint("jakarta.persistence.lock.timeout", -2)
                .getResultList().stream().findFirst();
    }

    /** Newest due date first. */
    public Page<RoundEntity> page(int page, int size) {
        return new Page<>(entityManager.createQuery("from RoundEntity order by dueOn desc, code", RoundEntity.class)
                .setFirstResult(page * size).setMaxResults(size).getResultList(), page, size,
                entityManager.createQuery("select count(r) from RoundEntity r", Long.class).getSingleResult());
    }
}
