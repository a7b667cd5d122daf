package cn.yanzhen.capacity.persistence;

import cn.yanzhen.capacity.domain.Ledger;
import cn.yanzhen.capacity.domain.ProfileHolders;
import cn.yanzhen.contracts.EventTypes;
import cn.yanzhen.contracts.Topics;
import cn.yanzhen.contracts.alert.Alert;
import cn.yanzhen.contracts.capacity.RegionCapacity.Amounts;
import cn.yanzhen.contracts.capacity.RegionCapacity.Profile;
import cn.yanzhen.contracts.capacity.RegionCapacity;
import cn.yanzhen.contracts.matching.SigningMatched;
import cn.yanzhen.contracts.reference.RegionDirectory;
import cn.yanzhen.contracts.signing.Signing;
import cn.yanzhen.platform.api.ProblemException;
import cn.yanzhen.platform.audit.AuditTrail;
import cn.yanzhen.platform.audit.AuditedChange;
import cn.yanzhen.platform.messaging.IdempotentConsumer;
import cn.yanzhen.platform.messaging.IncomingEvent;
import cn.yanzhen.platform.outbox.Outbox;
import cn.yanzhen.platform.outbox.OutgoingEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every change to a region's capacity — a profile saved, a reservation made or released — and the
 * events it causes, in one transaction: the region's full snapshot on {@code yanzhen.region-capacity},
 * and {@code CAPACITY_OVERCOMMITTED} when the region becomes overdrawn. Consumed events are applied
 * once per {@code ce_id}.
 */
@ApplicationScoped
public class CapacityStore {

    static final String CONSUMER = "capacity";

    private final EntityManager entityManager;
    private final CapacityQueries queries;
    private final Outbox outbox;
    private final IdempotentConsumer idempotentConsumer;
    private final ProfileHolders holders;
    private final RegionDirectory regions;
    private final Clock clock;
    private final AuditTrail audit;

    CapacityStore(EntityManager entityManager, CapacityQueries queries, Outbox outbox,
                  IdempotentConsumer idempotentConsumer, ProfileHolders holders, RegionDirectory regions, Clock clock,
                  AuditTrail audit) {
        this.entityManager = entityManager;
        this.queries = queries;
        this.outbox = outbox;
        this.idempotentConsumer = idempotentConsumer;
        this.holders = holders;
        this.regions = regions;
        this.clock = clock;
        this.audit = audit;
    }

    /** The profile after saving, and whether this request created it. */
    public record SavedProfile(ProfileEntity profile, boolean created) {
    }

    /**
     * Saves a region's profile. When one exists the caller must name the version it read
     * ({@code If-Match}): 428 without it, 412 when another change came first.
     */
    @Transactional
    public SavedProfile saveProfile(String regionCode, Profile profile, Optional<Long> expectedVersion) {
        ProfileEntity existing = entityManager.find(ProfileEntity.class, regionCode, LockModeType.PESSIMISTIC_WRITE);
        if (existing == null) {
            ProfileEntity created = ProfileEntity.create(regionCode, profile, Instant.now(clock));
            entityManager.persist(created);
            republish(created);
            audit.record(profileChange(regionCode, profile).after(versioned(created)));
            return new SavedProfile(created, true);
        }
        long expected = expectedVersion.orElseThrow(() -> new ProblemException(Response.Status.PRECONDITION_REQUIRED,
                "Region " + regionCode + " has a profile (version " + existing.version
                        + "); send If-Match with the version you read."));
        if (expected != existing.version) {
            throw new ProblemException(Response.Status.PRECONDITION_FAILED, "Region " + regionCode
                    + " is at version " + existing.version + ", not " + expected + "; read it again.");
        }
        Map<String, Object> before = versioned(existing);
        existing.replaceWith(profile, Instant.now(clock));
        republish(existing);
        audit.record(profileChange(regionCode, profile).before(before).after(versioned(existing)));
        return new SavedProfile(existing, false);
    }

    private static AuditedChange profileChange(String regionCode, Profile request) {
        return AuditedChange.of("capacity.profile.save", "region", regionCode).request(request);
    }

    private static Map<String, Object> versioned(ProfileEntity profile) {
        return Map.of("version", profile.version, "profile", profile.toProfile());
    }

    /**
     * A match result reserves its request where the destination's profile is, unless the verdict is
     * MISMATCH or the signing was withdrawn; a newer result for the same signing replaces the older one.
     */
    @Transactional
    public void applyMatch(IncomingEvent<SigningMatched> event) {
        if (!idempotentConsumer.firstDelivery(CONSUMER, event.eventId())) {
            return;
        }
        SigningMatched match = event.payload();
        if (entityManager.find(WithdrawnSigningEntity.class, match.signingId()) != null) {
            return;
        }
        ReservationEntity reservation = entityManager.find(ReservationEntity.class, match.signingId(),
                LockModeType.PESSIMISTIC_WRITE);
        if (reservation != null && reservation.active()) {
            release(reservation);
        }
        Optional<String> holder = match.verdict() == SigningMatched.Verdict.MISMATCH ? Optional.empty()
                : holders.holderOf(match.destinationRegion(), queries::hasProfile);
        if (holder.isEmpty()) {
            return;
        }
        boolean firstReservation = reservation == null;
        if (firstReservation) {
            reservation = new ReservationEntity();
            reservation.signingId = match.signingId();
        }
        reservation.holderRegion = holder.get();
        reservation.destinationRegion = match.destinationRegion();
        reservation.eventCode = match.eventCode();
        reservation.landHa = match.capacityRequest().landHa();
        reservation.labour = match.capacityRequest().jobs();
        reservation.energyGwhPerYear = match.capacityRequest().energyGwhPerYear();
        reservation.matchEventId = event.eventId();
        reservation.reservedAt = Instant.now(clock);
        reservation.releasedAt = null;
        if (firstReservation) {
            entityManager.persist(reservation);
        }
        entityManager.flush();
        republish(lockedProfile(reservation.holderRegion));
    }

    /** A withdrawn signing gives its reservation back; a match arriving later reserves nothing. */
    @Transactional
    public void applyWithdrawal(IncomingEvent<Signing> event) {
        if (!idempotentConsumer.firstDelivery(CONSUMER, event.eventId())) {
            return;
        }
        Signing signing = event.payload();
        if (entityManager.find(WithdrawnSigningEntity.class, signing.id()) == null) {
            WithdrawnSigningEntity withdrawn = new WithdrawnSigningEntity();
            withdrawn.signingId = signing.id();
            withdrawn.withdrawnAt = signing.withdrawal() == null ? Instant.now(clock) : signing.withdrawal().withdrawnAt();
            entityManager.persist(withdrawn);
        }
        ReservationEntity reservation = entityManager.find(ReservationEntity.class, signing.id(),
                LockModeType.PESSIMISTIC_WRITE);
        if (reservation != null && reservation.active()) {
            release(reservation);
        }
    }

    private RegionCapacity snapshot(ProfileEntity profile, Amounts reserved) {
        return new RegionCapacity(profile.regionCode, zoneOf(profile.regionCode), profile.version,
                profile.toProfile(), reserved, Ledger.remaining(profile.toProfile(), reserved), profile.overcommitted,
                profile.updatedAt);
    }

    private void release(ReservationEntity reservation) {
        reservation.releasedAt = Instant.now(clock);
        entityManager.flush();
        republish(lockedProfile(reservation.holderRegion));
    }

    private ProfileEntity lockedProfile(String regionCode) {
        return entityManager.find(ProfileEntity.class, regionCode, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Publishes the region's snapshot, raising the alert when it has just become overdrawn. */
    private void republish(ProfileEntity profile) {
        entityManager.flush();
        Amounts reserved = queries.reserved(profile.regionCode);
        List<String> overdrawn = Ledger.overdrawn(profile.toProfile(), reserved);
        if (!overdrawn.isEmpty() && !profile.overcommitted) {
            outbox.publish(new OutgoingEvent(Topics.ALERTS, EventTypes.ALERT, profile.regionCode, new Alert(
                    Alert.AlertCode.CAPACITY_OVERCOMMITTED, Alert.Severity.WARNING, profile.regionCode,
                    "Region " + profile.regionCode + " is over-committed: " + String.join("; ", overdrawn),
                    Instant.now(clock))));
        }
        profile.overcommitted = !overdrawn.isEmpty();
        outbox.publish(new OutgoingEvent(Topics.REGION_CAPACITY, EventTypes.REGION_CAPACITY, profile.regionCode,
                snapshot(profile, reserved)));
    }

    private String zoneOf(String regionCode) {
        return regions.find(regionCode).map(region -> region.zone().name())
                .orElseThrow(() -> new IllegalStateException("profile for unknown region " + regionCode));
    }
}
