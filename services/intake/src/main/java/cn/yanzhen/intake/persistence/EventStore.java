package cn.yanzhen.intake.persistence;

import cn.yanzhen.intake.domain.EventSubmission;
import cn.yanzhen.platform.api.Page;
import cn.yanzhen.platform.audit.AuditTrail;
import cn.yanzhen.platform.audit.AuditedChange;
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
    private final AuditTrail audit;

    EventStore(Clock clock, AuditTrail audit) {
        this.clock = clock;
        this.audit = audit;
    }

    /** Stores a new event owned by the organisation; the caller has checked that its code is free. */
    @Transactional
    public EventEntity create(EventSubmission event, String organiser) {
        EventEntity entity = EventEntity.of(event, organiser, Instant.now(clock));
        persist(entity);
        flush();
        audit.record(AuditedChange.of("event.register", "event", event.code()).request(event)
                .after(entity.toSubmission()));
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
