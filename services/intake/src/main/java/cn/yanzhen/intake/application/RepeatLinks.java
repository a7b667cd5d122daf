package cn.yanzhen.intake.application;

import cn.yanzhen.contracts.EventTypes;
import cn.yanzhen.contracts.Topics;
import cn.yanzhen.contracts.signing.RepeatLinkChanged;
import cn.yanzhen.contracts.signing.Signing.LinkStatus;
import cn.yanzhen.contracts.signing.Signing.RepeatOf;
import cn.yanzhen.contracts.signing.SigningStatus;
import cn.yanzhen.intake.domain.RepeatLinkRefused;
import cn.yanzhen.intake.domain.RepeatLinkRules;
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
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The organiser's word on repeat signings: a link the rule found confirmed, one it missed set, a wrong
 * one removed. Each change is stored, published as {@code yanzhen.signing.repeat-changed} and audited in
 * one transaction; tracking moves the figures from it.
 */
@ApplicationScoped
public class RepeatLinks {

    private final SigningStore signings;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final Clock clock;

    RepeatLinks(SigningStore signings, Outbox outbox, AuditTrail audit, Clock clock) {
        this.signings = signings;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    /** Links {@code repeatId} to {@code earlierId} as confirmed (a confirmation when the rule found it). */
    @Transactional
    public SigningEntity link(UUID repeatId, UUID earlierId, String note) {
        List<SigningEntity> both = lockInOrder(repeatId, earlierId);
        SigningEntity repeat = both.stream().filter(signing -> signing.id.equals(repeatId)).findFirst().orElseThrow();
        SigningEntity earlier = both.stream().filter(signing -> signing.id.equals(earlierId)).findFirst().orElseThrow();
        RepeatOf before = repeat.repeat();
        RepeatLinkRules.conflict(end(repeat), end(earlier)).ifPresent(reason -> {
            throw new RepeatLinkRefused(RepeatLinkRefused.Reason.CONFLICT, "The link is refused: " + reason + ".");
        });
        RepeatOf after = new RepeatOf(earlierId, before != null && before.signingId().equals(earlierId)
                ? before.matchedOn() : List.of(), LinkStatus.CONFIRMED);
        if (after.equals(before)) {
            return repeat;
        }
        change(repeat, after, note, "signing.repeat-link");
        return repeat;
    }

    /** Removes the link of {@code repeatId}, which then counts as a project of its own. */
    @Transactional
    public SigningEntity unlink(UUID repeatId, String note) {
        SigningEntity repeat = lock(repeatId);
        if (repeat.repeatOf == null) {
            throw new RepeatLinkRefused(RepeatLinkRefused.Reason.CONFLICT,
                    "Signing " + repeatId + " is not linked to an earlier signing.");
        }
        change(repeat, null, note, "signing.repeat-unlink");
        return repeat;
    }

    /** Removes the links of the signings that repeat {@code earlier}, in the caller's transaction. */
    void releaseRepeatsOf(SigningEntity earlier, String note) {
        signings.lockRepeatsOf(earlier.id).forEach(repeat -> change(repeat, null, note, "signing.repeat-unlink"));
    }

    private void change(SigningEntity repeat, RepeatOf after, String note, String action) {
        RepeatOf before = repeat.repeat();
        repeat.link(after);
        RepeatLinkChanged changed = new RepeatLinkChanged(repeat.id, repeat.eventCode, before, after, note,
                Instant.now(clock));
        outbox.publish(new OutgoingEvent(Topics.SIGNINGS, EventTypes.SIGNING_REPEAT_CHANGED, repeat.id.toString(),
                changed));
        audit.record(AuditedChange.of(action, "signing", repeat.id).request(Map.of("note", Objects.toString(note, "")))
                .before(before).after(after));
    }

    private List<SigningEntity> lockInOrder(UUID one, UUID other) {
        return Stream.of(one, other).distinct().sorted().map(this::lock).toList();
    }

    private SigningEntity lock(UUID id) {
        return signings.lock(id).orElseThrow(() -> new RepeatLinkRefused(RepeatLinkRefused.Reason.UNKNOWN_SIGNING,
                "No signing has id " + id + "."));
    }

    private RepeatLinkRules.End end(SigningEntity signing) {
        return new RepeatLinkRules.End(signing.id, signing.signedOn, signing.status == SigningStatus.WITHDRAWN,
                signing.repeatOf, signings.hasRepeats(signing.id));
    }
}
