package cn.yanzhen.intake.persistence;

import cn.yanzhen.intake.domain.EventSubmission;
import cn.yanzhen.platform.api.Page;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

@ApplicationScoped
public class EventStore implements PanacheRepositoryBase<EventEntity, String> {

    private final Clock clock;

    EventStore(Clock clock) {
        this.clock = clock;
    }

    /** Stores a new event; the caller has checked that its code is free. */
    @Transactional
    public EventEntity create(EventSubmission event) {
        EventEntity entity = EventEntity.of(event, Instant.now(clock));
        persist(entity);
        flush();
        return entity;
    }

    public Optional<EventEntity> find(String code) {
        return findByIdOptional(code);
    }

    public Page<EventEntity> page(int page, int size) {
        var query = findAll(Sort.descending("startDate").and("code")).page(page, size);
        return new Page<>(query.list(), page, size, query.count());
    }
}
