package cn.yanzhen.intake.application;

import cn.yanzhen.contracts.EventTypes;
import cn.yanzhen.contracts.Topics;
import cn.yanzhen.contracts.signing.Signing;
import cn.yanzhen.contracts.signing.SigningStatus;
import cn.yanzhen.intake.domain.RepeatRule;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Signings registered and withdrawn: every state change, its {@code yanzhen.signings} event (through
 * the outbox) and its audit record are written in one transaction.
 */
@ApplicationScoped
public class SigningRegistration {

    private final SigningStore signings;
    private final RepeatRule repeats;
    private final RepeatLinks links;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final Clock clock;

    SigningRegistration(SigningStore signings, RepeatRule repeats, RepeatLinks links, Outbox outbox, AuditTrail audit,
                        Clock clock) {
        this.signings = signings;
        this.repeats = repeats;
        this.links = links;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    /** The outcome of a withdrawal: the signing as it is now, and whether this request withdrew it. */
    public record Withdrawal(SigningEntity signing, boolean changed) {
    }

    /**
     * Registers new signings and queues one {@code yanzhen.signing.registered} event each, in order; a
     * signing that repeats an earlier one (stored, or earlier in the list) carries the link.
     */
    @Transactional
    public List<SigningEntity> register(String eventCode, List<SigningSubmission> submissions) {
        Instant now = Instant.now(clock);
        List<SigningEntity> created = new ArrayList<>(submissions.size());
        List<OutgoingEvent> events = new ArrayList<>(submissions.size());
        List<AuditedChange> changes = new ArrayList<>(submissions.size());
        Map<String, List<RepeatRule.Candidate>> earlierByInvestor = repeatCandidates(submissions);
        for (SigningSubmission submission : submissions) {
            SigningEntity signing = SigningEntity.register(eventCode, submission, now, null);
            List<RepeatRule.Candidate> earlier = earlierByInvestor.computeIfAbsent(signing.investorCreditCode,
                    investor -> new ArrayList<>());
            signing.link(repeats.find(signing.candidate(), earlier).orElse(null));
            earlier.add(signing.candidate());
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
            links.releaseRepeatsOf(signing, "signing " + id + ", which these repeated, was withdrawn");
            signing.withdraw(reason, Instant.now(clock));
            Signing after = signing.toSigning();
            outbox.publish(new OutgoingEvent(Topics.SIGNINGS, EventTypes.SIGNING_WITHDRAWN, signing.id.toString(),
                    after));
            audit.record(AuditedChange.of("signing.withdraw", "signing", id).request(Map.of("reason", reason))
                    .before(before).after(after));
            return new Withdrawal(signing, true);
        });
    }

    /** The signings these may repeat, by investor credit code: one query, however long the list. */
    private Map<String, List<RepeatRule.Candidate>> repeatCandidates(List<SigningSubmission> submissions) {
        Set<String> investors = submissions.stream().map(submission -> submission.investor().creditCode())
                .collect(Collectors.toSet());
        LocalDate from = repeats.windowStart(submissions.stream().map(SigningSubmission::signedOn)
                .min(LocalDate::compareTo).orElse(LocalDate.now(clock)));
        return signings.repeatCandidates(investors, from).stream().map(SigningEntity::candidate)
                .collect(Collectors.groupingBy(RepeatRule.Candidate::creditCode,
                        Collectors.toCollection(ArrayList::new)));
    }
}
