package cn.yanzhen.intake.persistence;

import cn.yanzhen.contracts.EventTypes;
import cn.yanzhen.contracts.Topics;
import cn.yanzhen.contracts.signing.Signing;
import cn.yanzhen.contracts.signing.SigningStatus;
import cn.yanzhen.intake.domain.SigningSubmission;
import cn.yanzhen.platform.api.Page;
import cn.yanzhen.platform.audit.AuditTrail;
import cn.yanzhen.platform.audit.AuditedChange;
import cn.yanzhen.platform.outbox.Outbox;
import cn.yanzhen.platform.outbox.OutgoingEvent;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Signings and the events they cause: every state change and its {@code yanzhen.signings} event are
 * written in one transaction through the outbox.
 */
@ApplicationScoped
public class SigningStore implements PanacheRepositoryBase<SigningEntity, UUID> {

    private static final int LOOKUP_CHUNK = 1000;

    private final Outbox outbox;
    private final Clock clock;
    private final AuditTrail audit;

    SigningStore(Outbox outbox, Clock clock, AuditTrail audit) {
        this.outbox = outbox;
        this.clock = clock;
        this.audit = audit;
    }

    public Optional<SigningEntity> findByExternalRef(String eventCode, String externalRef) {
        return find("eventCode = ?1 and externalRef = ?2", eventCode, externalRef).firstResultOptional();
    }

    /** Stored signings of the event among the given external references, by reference. */
    public Map<String, SigningEntity> findByExternalRefs(String eventCode, List<String> externalRefs) {
        Map<String, SigningEntity> found = new HashMap<>();
        for (int from = 0; from < externalRefs.size(); from += LOOKUP_CHUNK) {
            List<String> chunk = externalRefs.subList(from, Math.min(from + LOOKUP_CHUNK, externalRefs.size()));
            find("eventCode = ?1 and externalRef in ?2", eventCode, chunk)
                    .stream().forEach(signing -> found.put(signing.externalRef, signing));
        }
        return found;
    }

    /** Registers new signings and queues one {@code yanzhen.signing.registered} event each, in order. */
    @Transactional
    public List<SigningEntity> register(String eventCode, List<SigningSubmission> submissions) {
        Instant now = Instant.now(clock);
        List<SigningEntity> created = new ArrayList<>(submissions.size());
        List<OutgoingEvent> events = new ArrayList<>(submissions.size());
        List<AuditedChange> changes = new ArrayList<>(submissions.size());
        for (SigningSubmission submission : submissions) {
            SigningEntity signing = SigningEntity.register(eventCode, submission, now);
            persist(signing);
            created.add(signing);
            Signing registered = signing.toSigning();
            events.add(new OutgoingEvent(Topics.SIGNINGS, EventTypes.SIGNING_REGISTERED, signing.id.toString(),
                    registered));
            changes.add(AuditedChange.of("signing.register", "signing", signing.id).request(submission)
                    .after(registered));
        }
        flush();
        outbox.publishAll(events);
        audit.recordAll(changes);
        return created;
    }

    /**
     * Withdraws a signing and queues {@code yanzhen.signing.withdrawn}; empty when there is no such
     * signing, the signing unchanged when it was already withdrawn.
     */
    @Transactional
    public Optional<Withdrawal> withdraw(UUID id, String reason) {
        Optional<SigningEntity> found = findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
        return found.map(signing -> {
            if (signing.status == SigningStatus.WITHDRAWN) {
                return new Withdrawal(signing, false);
            }
            Signing before = signing.toSigning();
            signing.withdraw(reason, Instant.now(clock));
            Signing after = signing.toSigning();
            outbox.publish(new OutgoingEvent(Topics.SIGNINGS, EventTypes.SIGNING_WITHDRAWN, signing.id.toString(),
                    after));
            audit.record(AuditedChange.of("signing.withdraw", "signing", id).request(Map.of("reason", reason))
                    .before(before).after(after));
            return new Withdrawal(signing, true);
        });
    }

    public Page<SigningEntity> pageOfEvent(String eventCode, int page, int size) {
        var query = find("eventCode", Sort.ascending("registeredAt").and("id"), eventCode).page(page, size);
        return new Page<>(query.list(), page, size, query.count());
    }

    /** The outcome of a withdrawal: the signing as it is now, and whether this request withdrew it. */
    public record Withdrawal(SigningEntity signing, boolean changed) {
    }
}
