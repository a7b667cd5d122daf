package cn.yanzhen.capacity.application;

import cn.yanzhen.capacity.domain.ProfileHolders;
import cn.yanzhen.capacity.persistence.ParkRepository;
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

/** Capacity held for every matched signing, in its region and its park, and given back when it is withdrawn. */
@ApplicationScoped
public class CapacityReservations {

    static final String CONSUMER = "capacity";

    private final KeyLocks locks;
    private final ReservationBatch.Tools tools;
    private final ProfileRepository profiles;
    private final Clock clock;
    private final Routes<ReservationBatch> matches;
    private final Routes<ReservationBatch> signings;

    CapacityReservations(KeyLocks locks, ReservationRepository reservations, ParkRepository parks,
                         ProfileRepository profiles, RegionSnapshots regions, ParkSnapshots parkSnapshots,
                         ProfileHolders holders, Clock clock) {
        this.locks = locks;
        this.tools = new ReservationBatch.Tools(reservations, parks, regions, parkSnapshots, holders);
        this.profiles = profiles;
        this.clock = clock;
        this.matches = Routes.of(CONSUMER, this::open)
                .on(EventTypes.SIGNING_MATCHED, SigningMatched.class, ReservationBatch::matched)
                .finishing(ReservationBatch::finish);
        this.signings = Routes.of(CONSUMER, this::open)
                .on(EventTypes.SIGNING_WITHDRAWN, Signing.class, ReservationBatch::withdrawn)
                .on(EventTypes.SIGNING_REGISTERED, Signing.class, ReservationBatch::registered)
                .ignore(EventTypes.SIGNING_REPEAT_CHANGED)
                .finishing(ReservationBatch::finish);
    }

    public Routes<?> matches() {
        return matches;
    }

    /** Registrations say which park a signing's land is held in; withdrawals release. */
    public Routes<?> signings() {
        return signings;
    }

    private ReservationBatch open(List<IncomingEvent<?>> events) {
        Set<UUID> signingIds = events.stream().map(CapacityReservations::signingOf).collect(Collectors.toSet());
        // a match and its signing's withdrawal arrive on two consumers; whichever comes second must see the first
        locks.lock(CONSUMER, signingIds);
        ReservationRepository reservations = tools.reservations();
        return new ReservationBatch(tools, new ReservationBatch.Known(reservations.lockAll(signingIds),
                reservations.withdrawnAmong(signingIds), tools.parks().parksOf(signingIds),
                profiles.regionsWithProfiles()), Instant.now(clock));
    }

    private static UUID signingOf(IncomingEvent<?> event) {
        if (event.payload() instanceof Signing signing) {
            return signing.id();
        }
        return ((SigningMatched) event.payload()).signingId();
    }
}
