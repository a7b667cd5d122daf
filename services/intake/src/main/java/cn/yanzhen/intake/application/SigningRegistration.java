package cn.yanzhen.intake.application;

import cn.yanzhen.contracts.EventTypes;
import cn.yanzhen.contracts.Topics;
import cn.yanzhen.contracts.signing.Signing;
import cn.yanzhen.contracts.signing.SigningStatus;
import cn.yanzhen.intake.domain.SigningSubmission;
import cn.yanzhen.intake.persistence.SigningEntity;
import cn.yanzhen.intake.persistence.SigningStore;
import cn.yanzhen.platform.audit.AuditTrail;
import cn.yanzhen.platform.audit.AuditedChange;
import cn.yanzhen.platform.outbox.Outbox;
import cn.yanzhen.platform.outbox.OutgoingEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Signings registered and withdrawn: every state change, its {@code yanzhen.signings} event (through
 * the outbox) and its audit record are written in one transaction.
 */
@ApplicationScoped
public class SigningRegistration {

    private final SigningStore signings;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final Clock clock;

    SigningRegistration(SigningStore signings, Outbox outbox, AuditTrail audit, Clock clock) {
        this.signings = signings;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    /** The outcome of a withdrawal: the signing as it is now, and whether this request withdrew it. */
    public record Withdrawal(SigningEntity signing, boolean changed) {
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
            created.add(signing);
            Signing registered = signing.toSigning();
            events.add(new OutgoingEvent(Topics.SIGNINGS, EventTypes.SIGNING_REGISTERED, signing.id.toString(),
                    registered));
            changes.add(AuditedChange.of("signing.register", "signing", signing.id).request(submission)
                    .after(registered));
        }
        signings.addAll(created);
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
        return signings.lock(id).map(signing -> {
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
}
