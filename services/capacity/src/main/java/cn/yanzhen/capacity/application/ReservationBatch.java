package cn.yanzhen.capacity.application;

import cn.yanzhen.capacity.domain.ProfileHolders;
import cn.yanzhen.capacity.persistence.ReservationEntity;
import cn.yanzhen.capacity.persistence.ReservationRepository;
import cn.yanzhen.contracts.matching.SigningMatched;
import cn.yanzhen.contracts.signing.Signing;
import cn.yanzhen.platform.messaging.IncomingEvent;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;

/**
 * One consumed batch's work on reservations: its signings' reservations locked and loaded before the
 * first event, each match or withdrawal applied in order, and at the end the new reservations inserted and the
 * changed ones updated, one statement each, and the snapshot of every region whose reservations changed published once.
 */
final class ReservationBatch {

    private final ReservationRepository reservations;
    private final RegionSnapshots snapshots;
    private final ProfileHolders holders;
    private final Map<UUID, ReservationEntity> known;
    private final Set<UUID> withdrawn;
    private final Set<String> regionsWithProfiles;
    private final SortedSet<String> changedRegions = new TreeSet<>();
    private final Map<UUID, ReservationEntity> added = new LinkedHashMap<>();
    private final Map<UUID, ReservationEntity> changed = new LinkedHashMap<>();
    private final Instant now;

    ReservationBatch(ReservationRepository reservations, RegionSnapshots snapshots, ProfileHolders holders,
                     Map<UUID, ReservationEntity> known, Set<UUID> withdrawn, Set<String> regionsWithProfiles,
                     Instant now) {
        this.reservations = reservations;
        this.snapshots = snapshots;
        this.holders = holders;
        this.known = known;
        this.withdrawn = withdrawn;
        this.regionsWithProfiles = regionsWithProfiles;
        this.now = now;
    }

    /**
     * A match result reserves its request where the destination's profile is, unless the verdict is
     * MISMATCH or the signing was withdrawn; a newer result for the same signing replaces the older one.
     */
    void matched(IncomingEvent<SigningMatched> event) {
        SigningMatched match = event.payload();
        if (withdrawn.contains(match.signingId())) {
            return;
        }
        ReservationEntity reservation = known.get(match.signingId());
        release(reservation);
        Optional<String> holder = match.verdict() == SigningMatched.Verdict.MISMATCH ? Optional.empty()
                : holders.holderOf(match.destinationRegion(), regionsWithProfiles::contains);
        if (holder.isEmpty()) {
            return;
        }
        boolean first = reservation == null;
        if (first) {
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
        reservation.reservedAt = now;
        reservation.releasedAt = null;
        if (first) {
            added.put(reservation.signingId, reservation);
            known.put(reservation.signingId, reservation);
        } else {
            changing(reservation);
        }
        changedRegions.add(reservation.holderRegion);
    }

    /** A withdrawn signing gives its reservation back; a match arriving later reserves nothing. */
    void withdrawn(IncomingEvent<Signing> event) {
        Signing signing = event.payload();
        if (withdrawn.add(signing.id())) {
            reservations.addWithdrawn(signing.id(),
                    signing.withdrawal() == null ? now : signing.withdrawal().withdrawnAt());
        }
        release(known.get(signing.id()));
    }

    void finish() {
        reservations.insertAll(added.values());
        reservations.updateAll(changed.values());
        snapshots.republish(changedRegions);
    }

    private void release(ReservationEntity reservation) {
        if (reservation != null && reservation.active()) {
            reservation.releasedAt = now;
            changing(reservation);
            changedRegions.add(reservation.holderRegion);
        }
    }

    /** A reservation new in this batch is inserted as it ends up; one that was there is updated. */
    private void changing(ReservationEntity reservation) {
        if (!added.containsKey(reservation.signingId)) {
            changed.put(reservation.signingId, reservation);
        }
    }
}
