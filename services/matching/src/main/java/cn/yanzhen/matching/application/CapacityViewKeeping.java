package cn.yanzhen.matching.application;

import cn.yanzhen.contracts.EventTypes;
import cn.yanzhen.contracts.capacity.ParkCapacity;
import cn.yanzhen.contracts.capacity.RegionCapacity;
import cn.yanzhen.matching.persistence.CapacityViews;
import cn.yanzhen.matching.persistence.ParkCapacityViews;
import cn.yanzhen.platform.consumer.Routes;
import cn.yanzhen.platform.messaging.IncomingEvent;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;

/**
 * Keeps matching's own view of every region's capacity and every park's land: the newest snapshot of each
 * region or park a batch brings.
 */
@ApplicationScoped
public class CapacityViewKeeping {

    private final Routes<Map<String, RegionCapacity>> snapshots;
    private final Routes<Map<String, ParkCapacity>> parkSnapshots;

    CapacityViewKeeping(CapacityViews views, ParkCapacityViews parkViews) {
        this.snapshots = Routes.<Map<String, RegionCapacity>>of(SigningMatching.CONSUMER, events -> new HashMap<>())
                .on(EventTypes.REGION_CAPACITY, RegionCapacity.class, CapacityViewKeeping::keepNewest)
                .finishing(newest -> newest.values().forEach(views::save));
        this.parkSnapshots = Routes.<Map<String, ParkCapacity>>of(SigningMatching.CONSUMER, events -> new HashMap<>())
                .on(EventTypes.PARK_CAPACITY, ParkCapacity.class, (newest, event) ->
                        newest.merge(event.payload().parkCode(), event.payload(), ParkCapacity::newer))
                .finishing(newest -> newest.values().forEach(parkViews::save));
    }

    public Routes<?> snapshots() {
        return snapshots;
    }

    public Routes<?> parkSnapshots() {
        return parkSnapshots;
    }

    private static void keepNewest(Map<String, RegionCapacity> newest, IncomingEvent<RegionCapacity> event) {
        RegionCapacity snapshot = event.payload();
        newest.merge(snapshot.regionCode(), snapshot, RegionCapacity::newer);
    }
}
