package cn.yanzhen.capacity.application;

import cn.yanzhen.capacity.domain.ParkLand;
import cn.yanzhen.capacity.persistence.ParkEntity;
import cn.yanzhen.capacity.persistence.ParkQueries;
import cn.yanzhen.capacity.persistence.ParkRepository;
import cn.yanzhen.contracts.EventTypes;
import cn.yanzhen.contracts.Topics;
import cn.yanzhen.contracts.capacity.ParkCapacity;
import cn.yanzhen.platform.outbox.Outbox;
import cn.yanzhen.platform.outbox.OutgoingEvent;
import cn.yanzhen.platform.persistence.KeyLocks;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;

/**
 * Publishes the land of each park a transaction changed — once, however many of its reservations changed — on
 * the compacted {@code yanzhen.park-capacity}. A park capacity has not heard of yet is published when it arrives.
 */
@ApplicationScoped
public class ParkSnapshots {

    static final String PARK_LOCKS = "capacity-park";

    private final ParkRepository parks;
    private final ParkQueries queries;
    private final KeyLocks locks;
    private final Outbox outbox;
    private final Clock clock;

    ParkSnapshots(ParkRepository parks, ParkQueries queries, KeyLocks locks, Outbox outbox, Clock clock) {
        this.parks = parks;
        this.queries = queries;
        this.locks = locks;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Takes the parks' key locks before their reservations or the park itself are written: a park registered
     * while a match holds land in it is then published by whichever commits second, with both.
     */
    void lock(Collection<String> parkCodes) {
        locks.lock(PARK_LOCKS, parkCodes);
    }

    void republish(SortedSet<String> parkCodes) {
        parks.flush();
        List<ParkEntity> changed = parks.lockAll(parkCodes);
        Map<String, ParkLand> land = queries.land(changed);
        Instant now = Instant.now(clock);
        for (ParkEntity park : changed) {
            ParkLand held = land.get(park.parkCode);
            park.version++;
            park.updatedAt = now;
            outbox.publish(new OutgoingEvent(Topics.PARK_CAPACITY, EventTypes.PARK_CAPACITY, park.parkCode,
                    new ParkCapacity(park.parkCode, park.name, park.region, park.version, held.availableMu(),
                            held.reservedMu(), held.remainingMu(), held.reservations(), now)));
        }
    }
}
