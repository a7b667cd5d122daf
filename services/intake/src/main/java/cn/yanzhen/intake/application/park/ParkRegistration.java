package cn.yanzhen.intake.application.park;

import cn.yanzhen.contracts.EventTypes;
import cn.yanzhen.contracts.Topics;
import cn.yanzhen.contracts.park.Park;
import cn.yanzhen.intake.domain.park.ParkRegionFixed;
import cn.yanzhen.intake.domain.park.ParkSubmission;
import cn.yanzhen.intake.persistence.park.ParkEntity;
import cn.yanzhen.intake.persistence.park.ParkStore;
import cn.yanzhen.platform.audit.AuditTrail;
import cn.yanzhen.platform.audit.AuditedChange;
import cn.yanzhen.platform.outbox.Outbox;
import cn.yanzhen.platform.outbox.OutgoingEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;

/**
 * A province registers a park or changes it: the park, its {@code yanzhen.parks} snapshot (through the outbox) and
 * the audit record are written in one transaction; the same park again changes, publishes and audits nothing. A new
 * park also takes the signings stored before it that name it as free text ({@link ParkNameMigration}).
 */
@ApplicationScoped
public class ParkRegistration {

    private final ParkStore parks;
    private final ParkNameMigration migration;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final Clock clock;

    ParkRegistration(ParkStore parks, ParkNameMigration migration, Outbox outbox, AuditTrail audit, Clock clock) {
        this.parks = parks;
        this.migration = migration;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    public enum Outcome { CREATED, UPDATED, UNCHANGED }

    /** The park as stored after the request, and what the request did to it. */
    public record Saved(Park park, Outcome outcome) {
    }

    /** Saves a park the rules accepted; {@link ParkRegionFixed} when it exists in another region. */
    @Transactional
    public Saved save(ParkSubmission submission) {
        Instant now = Instant.now(clock);
        AuditedChange change = AuditedChange.of("park.save", "park", submission.code()).request(submission);
        return parks.lock(submission.code()).map(existing -> {
            if (!existing.region.equals(submission.region())) {
                throw new ParkRegionFixed(existing.code, existing.region, submission.region());
            }
            if (existing.holds(submission)) {
                return new Saved(existing.toPark(), Outcome.UNCHANGED);
            }
            Park before = existing.toPark();
            existing.replaceWith(submission, now);
            Park after = published(existing);
            audit.record(change.before(before).after(after));
            return new Saved(after, Outcome.UPDATED);
        }).orElseGet(() -> {
            ParkEntity created = ParkEntity.register(submission, now);
            parks.add(created);
            Park after = published(created);
            audit.record(change.after(after));
            migration.assign(after);
            return new Saved(after, Outcome.CREATED);
        });
    }

    private Park published(ParkEntity park) {
        Park snapshot = park.toPark();
        outbox.publish(new OutgoingEvent(Topics.PARKS, EventTypes.PARK_CHANGED, park.code, snapshot));
        return snapshot;
    }
}
