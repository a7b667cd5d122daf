package cn.yanzhen.capacity.application;

import cn.yanzhen.capacity.domain.ProfileHolders;
import cn.yanzhen.capacity.persistence.ParkRepository;
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
 * first event, each match, registration or withdrawal applied in order, and at the end the new reservations
 * inserted and the changed ones updated, one statement each, and the snapshot of every region and park whose
 * reservations changed published once.
 */
final class ReservationBatch {

    /** What a batch needs besides its own state. */
    record Tools(ReservationRepository reservations, ParkRepository parks, RegionSnapshots regions,
                 ParkSnapshots parkSnapshots, ProfileHolders holders) {
    }

    /** What the batch's signings are when it opens: reservations, withdrawals, the parks they name. */
    record Known(Map<UUID, ReservationEntity> reservations, Set<UUID> withdrawn, Map<UUID, String> parks,
                 Set<String> regionsWithProfiles) {
    }

    private final Tools tools;
    private final Known known;
    private final SortedSet<String> changedRegions = new TreeSet<>();
    private final SortedSet<String> changedParks = new TreeSet<>();
    private final Map<UUID, ReservationEntity> added = new LinkedHashMap<>();
    private final Map<UUID, ReservationEntity> changed = new LinkedHashMap<>();
    private final Map<UUID, String> namedParks = new LinkedHashMap<>();
    private final Instant now;

    ReservationBatch(Tools tools, Known known, Instant now) {
        this.tools = tools;
        this.known = known;
        this.now = now;
    }

    /**
     * A match result reserves its request where the destination's profile is, and its land in the park the
     * signing names, unless the verdict is MISMATCH or the signing was withdrawn; a newer result for the same
     * signing replaces the older one.
     */
    void matched(IncomingEvent<SigningMatched> event) {
        SigningMatched match = event.payload();
        if (known.withdrawn().contains(match.signingId())) {
            return;
        }
        ReservationEntity reservation = known.reservations().get(match.signingId());
        release(reservation);
        if (match.verdict() == SigningMatched.Verdict.MISMATCH) {
            return;
        }
        Optional<String> holder = tools.holders().holderOf(match.destinationRegion(),
                known.regionsWithProfiles()::contains);
        boolean first = reservation == null;
        if (first) {
            reservation = new ReservationEntity();
            reservation.signingId = match.signingId();
        }
        reservation.holderRegion = holder.orElse(null);
        reservation.parkCode = known.parks().get(match.signingId());
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
            known.reservations().put(reservation.signingId, reservation);
        } else {
            changing(reservation);
        }
        holding(reservation);
    }

    /**
     * A registered signing's park is remembered for its match; a match that came first (another consumer)
     * takes the park's land now.
     */
    void registered(IncomingEvent<Signing> event) {
        Signing signing = event.payload();
        if (signing.parkCode() == null || known.parks().containsKey(signing.id())) {
            return;
        }
        known.parks().put(signing.id(), signing.parkCode());
        namedParks.put(signing.id(), signing.parkCode());
        ReservationEntity reservation = known.reservations().get(signing.id());
        if (reservation != null && reservation.active() && reservation.parkCode == null) {
            reservation.parkCode = signing.parkCode();
            changing(reservation);
            holding(reservation);
        }
    }

    /** A withdrawn signing gives its reservation back; a match arriving later reserves nothing. */
    void withdrawn(IncomingEvent<Signing> event) {
        Signing signing = event.payload();
        if (known.withdrawn().add(signing.id())) {
            tools.reservations().addWithdrawn(signing.id(),
                    signing.withdrawal() == null ? now : signing.withdrawal().withdrawnAt());
        }
        release(known.reservations().get(signing.id()));
    }

    void finish() {
        tools.parkSnapshots().lock(changedParks);
        tools.parks().addSigningParks(namedParks);
        tools.reservations().insertAll(added.values());
        tools.reservations().updateAll(changed.values());
        tools.regions().republish(changedRegions);
        tools.parkSnapshots().republish(changedParks);
    }

    private void release(ReservationEntity reservation) {
        if (reservation != null && reservation.active()) {
            reservation.releasedAt = now;
            changing(reservation);
            holding(reservation);
        }
    }

    /** The region and park whose snapshots the reservation's change moves. */
    private void holding(ReservationEntity reservation) {
        if (reservation.holderRegion != null) {
            changedRegions.add(reservation.holderRegion);
        }
        if (reservation.parkCode != null) {
            changedParks.add(reservation.parkCode);
        }
    }

    /** A reservation new in this batch is inserted as it ends up; one that was there is updated. */
    private void changing(ReservationEntity reservation) {
        if (!added.containsKey(reservation.signingId)) {
            changed.put(reservation.signingId, reservation);
        }
    }
}
