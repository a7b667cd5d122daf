package cn.yanzhen.intake.application;

import cn.yanzhen.intake.domain.EventSubmission;
import cn.yanzhen.intake.persistence.EventEntity;
import cn.yanzhen.intake.persistence.EventStore;
import cn.yanzhen.platform.audit.AuditTrail;
import cn.yanzhen.platform.audit.AuditedChange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;

/** An organiser registers a matchmaking event, which its organisation then owns; audited. */
@ApplicationScoped
public class EventRegistration {

    private final EventStore events;
    private final AuditTrail audit;
    private final Clock clock;

    EventRegistration(EventStore events, AuditTrail audit, Clock clock) {
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /** Stores a new event owned by the organisation; the caller has checked that its code is free. */
    @Transactional
    public EventEntity register(EventSubmission event, String organiser) {
        EventEntity entity = EventEntity.of(event, organiser, Instant.now(clock));
        events.add(entity);
        audit.record(AuditedChange.of("event.register", "event", event.code()).request(event)
                .after(entity.toSubmission()));
        return entity;
    }
}
