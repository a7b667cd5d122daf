package cn.yanzhen.tracking.figures.application;

import cn.yanzhen.contracts.EventTypes;
import cn.yanzhen.contracts.capacity.RegionCapacity;
import cn.yanzhen.contracts.reference.RegionDirectory;
import cn.yanzhen.platform.consumer.Routes;
import cn.yanzhen.platform.messaging.IncomingEvent;
import cn.yanzhen.tracking.figures.domain.FigureChanges;
import cn.yanzhen.tracking.figures.persistence.GreenPowerShares;
import cn.yanzhen.tracking.figures.persistence.ScopeEnergy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps each region's green power share from its newest capacity snapshot (docs/contract.md §4.5.2). A share that
 * changes moves the green share of every scope with demand in the region or below it, so those scopes are published
 * again.
 */
@ApplicationScoped
public class GreenPowerKeeping {

    // the name the service's consumers keep their processed messages under, as the projects' consumers do
    private static final String CONSUMER = "tracking";

    private final GreenPowerShares shares;
    private final ScopeEnergy energy;
    private final RegionDirectory regions;
    private final Figures figures;
    private final Routes<Map<String, RegionCapacity>> snapshots;

    GreenPowerKeeping(GreenPowerShares shares, ScopeEnergy energy, RegionDirectory regions, Figures figures) {
        this.shares = shares;
        this.energy = energy;
        this.regions = regions;
        this.figures = figures;
        this.snapshots = Routes.<Map<String, RegionCapacity>>of(CONSUMER, events -> new HashMap<>())
                .on(EventTypes.REGION_CAPACITY, RegionCapacity.class, GreenPowerKeeping::keepNewest)
                .finishing(this::keep);
    }

    public Routes<?> snapshots() {
        return snapshots;
    }

    private static void keepNewest(Map<String, RegionCapacity> newest, IncomingEvent<RegionCapacity> event) {
        RegionCapacity snapshot = event.payload();
        newest.merge(snapshot.regionCode(), snapshot, RegionCapacity::newer);
    }

    private void keep(Map<String, RegionCapacity> newest) {
        List<String> changedRegions = newest.values().stream().sorted(Comparator.comparing(RegionCapacity::regionCode))
                .filter(shares::keep).map(RegionCapacity::regionCode).toList();
        if (changedRegions.isEmpty()) {
            return;
        }
        List<String> destinations = energy.destinations().stream().filter(destination -> changedRegions.stream()
                .anyMatch(region -> regions.isWithin(destination, region))).toList();
        FigureChanges changes = figures.newChanges();
        changes.touch(energy.scopesOf(destinations));
        figures.writeAndPublish(changes);
    }
}
