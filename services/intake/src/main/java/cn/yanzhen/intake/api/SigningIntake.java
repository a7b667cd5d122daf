package cn.yanzhen.intake.api;

import cn.yanzhen.intake.application.SigningRegistration;
import cn.yanzhen.intake.domain.SigningRules;
import cn.yanzhen.intake.domain.SigningSubmission;
import cn.yanzhen.intake.persistence.EventEntity;
import cn.yanzhen.intake.persistence.EventStore;
import cn.yanzhen.intake.persistence.SigningEntity;
import cn.yanzhen.intake.persistence.SigningStore;
import cn.yanzhen.platform.api.ProblemException;
import cn.yanzhen.platform.persistence.UniqueKeyConflicts;
import cn.yanzhen.platform.security.Access;
import cn.yanzhen.platform.validation.Violations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Accepting signings: validate everything first, then store new ones (with their events) in one
 * transaction. A signing repeated with the same content is a duplicate, not an error; the same
 * {@code externalRef} with other content is a conflict.
 */
@ApplicationScoped
class SigningIntake {

    private final EventStore events;
    private final SigningStore signings;
    private final SigningRegistration registration;
    private final SigningRules rules;
    private final SigningPlacement placement;
    private final Clock clock;
    private final Access access;

    SigningIntake(EventStore events, SigningStore signings, SigningRegistration registration, SigningRules rules,
                  SigningPlacement placement, Clock clock, Access access) {
        this.events = events;
        this.signings = signings;
        this.registration = registration;
        this.rules = rules;
        this.placement = placement;
        this.clock = clock;
        this.access = access;
    }

    /** The stored signing, and whether this request created it. */
    record Registration(SigningEntity signing, boolean created) {
    }

    Registration submit(EventEntity event, SigningSubmission submission, Violations violations) {
        rules.check(submission, event.startDate, today(), violations);
        SigningPlacement.Registered registered = placement.lookUp(List.of(submission));
        SigningSubmission placed = placement.checked(submission, registered, violations);
        violations.throwIfAny("The signing is invalid; nothing was stored.");
        return UniqueKeyConflicts.retryOnce(() -> registerOne(event.code, placed, registered));
    }

    BatchResult submitBatch(EventEntity event, List<SubmittedRow> rows) {
        String eventCode = event.code;
        LocalDate today = today();
        Violations all = new Violations();
        Map<String, SubmittedRow> distinct = new LinkedHashMap<>();
        int repeatedInBatch = 0;
        SigningPlacement.Registered registered = placement.lookUp(rows.stream().map(SubmittedRow::submission).toList());
        for (SubmittedRow read : rows) {
            rules.check(read.submission(), event.startDate, today, read.violations());
            SubmittedRow row = read.with(placement.checked(read.submission(), registered, read.violations()));
            if (row.violations().isEmpty()) {
                SubmittedRow first = distinct.putIfAbsent(row.submission().externalRef(), row);
                if (first != null && first.submission().equals(row.submission())) {
                    repeatedInBatch++;
                } else if (first != null) {
                    row.violations().add("externalRef", "repeats row " + first.number() + " with different content");
                }
            }
            row.reportInto(all);
        }
        all.throwIfAny(rows.stream().filter(row -> !row.violations().isEmpty()).count() + " of " + rows.size()
                + " rows are invalid; nothing was stored.");
        int duplicatesInBatch = repeatedInBatch;
        return UniqueKeyConflicts.retryOnce(() -> registerNew(eventCode, distinct, duplicatesInBatch, registered));
    }

    /** The event, when the caller may change its signings: its organiser or an admin (else 403). */
    EventEntity eventForWriting(String eventCode) {
        EventEntity event = event(eventCode);
        access.requireOwner(event.organiser, "Event " + eventCode);
        return event;
    }

    /** The signing, when the caller may withdraw it: its event's organiser or an admin (else 403). */
    SigningEntity signingForWriting(UUID id) {
        SigningEntity signing = signings.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("No signing has id " + id + "."));
        eventForWriting(signing.eventCode);
        return signing;
    }

    SigningRegistration.Withdrawal withdraw(UUID id, String reason) {
        SigningRegistration.Withdrawal withdrawal = registration.withdraw(id, reason)
                .orElseThrow(() -> ProblemException.notFound("No signing has id " + id + "."));
        if (!withdrawal.changed()) {
            throw ProblemException.conflict("Signing " + id + " was already withdrawn on "
                    + withdrawal.signing().withdrawnAt + ".");
        }
        return withdrawal;
    }

    EventEntity event(String eventCode) {
        return events.find(eventCode)
                .orElseThrow(() -> ProblemException.notFound("No matchmaking event has code " + eventCode + "."));
    }

    /**
     * Stores the signing unless it is stored already. A repeated submission is compared as sent, before intake tags it
     * to a chain: the chain suggested then may differ from the one suggested when it was stored.
     */
    private Registration registerOne(String eventCode, SigningSubmission submission,
                                     SigningPlacement.Registered registered) {
        return signings.findByExternalRef(eventCode, submission.externalRef())
                .map(existing -> {
                    if (!existing.holds(submission)) {
                        throw ProblemException.conflict("externalRef " + submission.externalRef()
                                + " is already used in event " + eventCode + " by signing " + existing.id
                                + " with different content.");
                    }
                    return new Registration(existing, false);
                })
                .orElseGet(() -> new Registration(registration.register(eventCode,
                        placement.tagged(List.of(submission), registered)).get(0), true));
    }

    private BatchResult registerNew(String eventCode, Map<String, SubmittedRow> distinct, int duplicatesInBatch,
                                    SigningPlacement.Registered registered) {
        Map<String, SigningEntity> stored = signings.findByExternalRefs(eventCode, new ArrayList<>(distinct.keySet()));
        Violations conflicts = new Violations();
        List<SigningSubmission> fresh = new ArrayList<>();
        int duplicates = duplicatesInBatch;
        for (SubmittedRow row : distinct.values()) {
            SigningEntity existing = stored.get(row.submission().externalRef());
            if (existing == null) {
                fresh.add(row.submission());
            } else if (existing.holds(row.submission())) {
                duplicates++;
            } else {
                conflicts.add(row.fieldPrefix() + row.titleOf("externalRef"),
                        "is already used in this event by signing " + existing.id + " with different content");
            }
        }
        if (!conflicts.isEmpty()) {
            throw new ProblemException(Response.Status.CONFLICT, conflicts.size()
                    + " rows conflict with stored signings; nothing was stored.", conflicts.all());
        }
        registration.register(eventCode, placement.tagged(fresh, registered));
        return new BatchResult(fresh.size(), duplicates);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
