package cn.yanzhen.capacity.application;

import cn.yanzhen.capacity.domain.ProfileHolders;
import cn.yanzhen.capacity.persistence.ProfileRepository;
import cn.yanzhen.capacity.persistence.ReservationRepository;
import cn.yanzhen.contracts.EventTypes;
import cn.yanzhen.contracts.matching.SigningMatched;
import cn.yanzhen.contracts.signing.Signing;
import cn.yanzhen.platform.consumer.Routes;
import cn.yanzhen.platform.messaging.IncomingEvent;
import cn.yanzhen.platform.persistence.KeyLocks;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Capacity held for every matched signing and given back when it is withdrawn. */
@ApplicationScoped
public class CapacityReservations {

    static final String CONSUMER = "capacity";

    private final KeyLocks locks;
    private final ReservationRepository reservations;
    private final ProfileRepository profiles;
    private final RegionSnapshots snapshots;
    private final ProfileHolders holders;
    private final Clock clock;
    private final Routes<ReservationBatch> matches;
    private final Routes<ReservationBatch> signings;

    CapacityReservations(KeyLocks locks, ReservationRepository reservations, ProfileRepository profiles,
                         RegionSnapshots snapshots, ProfileHolders holders, Clock clock) {
        this.locks = locks;
        this.reservations = reservations;
        this.profiles = profiles;
        this.snapshots = snapshots;
        this.holders = holders;
        this.clock = clock;
        this.matches = Routes.of(CONSUMER, this::open)
                .on(EventTypes.SIGNING_MATCHED, SigningMatched.class, ReservationBatch::matched)
                .finishing(ReservationBatch::finish);
        this.signings = Routes.of(CONSUMER, this::open)
                .on(EventTypes.SIGNING_WITHDRAWN, Signing.class, ReservationBatch::withdrawn)
                .ignore(EventTypes.SIGNING_REGISTERED)
                .ignore(EventTypes.SIGNING_REPEAT_CHANGED)
                .finishing(ReservationBatch::finish);
    }

    public Routes<?> matches() {
        return matches;
    }

    /** Withdrawals release; registrations need nothing from capacity. */
    public Routes<?> signings() {
        return signings;
    }

    private ReservationBatch open(List<IncomingEvent<?>> events) {
        Set<UUID> signingIds = events.stream().map(CapacityReservations::signingOf).collect(Collectors.toSet());
        // a match and its signing's withdrawal arrive on two consumers; whichever comes second must see the first
        locks.lock(CONSUMER, signingIds);
        return new ReservationBatch(reservations, snapshots, holders, reservations.lockAll(signingIds),
                reservations.withdrawnAmong(signingIds), profiles.regionsWithProfiles(), Instant.now(clock));
    }

    private static UUID signingOf(IncomingEvent<?> event) {
        if (event.payload() instanceof Signing signing) {
            return signing.id();
        }
        return ((SigningMatched) event.payload()).signingId();
    }
}
