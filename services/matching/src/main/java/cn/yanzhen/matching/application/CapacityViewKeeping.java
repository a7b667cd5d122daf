package cn.yanzhen.matching.application;

import cn.yanzhen.contracts.EventTypes;
import cn.yanzhen.contracts.capacity.RegionCapacity;
import cn.yanzhen.matching.persistence.CapacityViews;
import cn.yanzhen.platform.consumer.Routes;
import cn.yanzhen.platform.messaging.IncomingEvent;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;

/** Keeps matching's own view of every region's capacity: the newest snapshot of each region a batch brings. */
@ApplicationScoped
public class CapacityViewKeeping {

    private final CapacityViews views;
    private final Routes<Map<String, RegionCapacity>> snapshots;

    CapacityViewKeeping(CapacityViews views) {
        this.views = views;
        this.snapshots = Routes.<Map<String, RegionCapacity>>of(SigningMatching.CONSUMER, events -> new HashMap<>())
                .on(EventTypes.REGION_CAPACITY, RegionCapacity.class, CapacityViewKeeping::keepNewest)
                .finishing(newest -> newest.values().forEach(this.views::save));
    }

    public Routes<?> snapshots() {
        return snapshots;
    }

    private static void keepNewest(Map<String, RegionCapacity> newest, IncomingEvent<RegionCapacity> event) {
        RegionCapacity snapshot = event.payload();
        newest.merge(snapshot.regionCode(), snapshot, RegionCapacity::newer);
    }
}
