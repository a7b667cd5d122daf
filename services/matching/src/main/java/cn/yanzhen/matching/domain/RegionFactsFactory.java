package cn.yanzhen.matching.domain;

import cn.yanzhen.contracts.capacity.RegionCapacity;
import cn.yanzhen.contracts.reference.Region;
import cn.yanzhen.contracts.reference.RegionDirectory;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sees any region through matching's view of capacity: the nearest profile up the hierarchy answers
 * for it (and gives its tier); without one, its zone's default tier and unknown capacity.
 */
public final class RegionFactsFactory {

    private final RegionDirectory regions;
    private final Map<String, RegionCapacity> capacity;
    private final Map<String, Integer> competingRegionsByZone;

    /**
     * @param capacity               latest snapshot per profiled region
     * @param competingRegionsByZone for the signing's industry group: distinct other regions per zone
     */
    public RegionFactsFactory(RegionDirectory regions, Map<String, RegionCapacity> capacity,
                              Map<String, Integer> competingRegionsByZone) {
        this.regions = regions;
        this.capacity = capacity;
        this.competingRegionsByZone = competingRegionsByZone;
    }

    public RegionFacts of(String code) {
        List<Region> chain = regions.selfAndAncestors(code);
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("region " + code + " is not in the reference data");
        }
        String zone = chain.get(0).zone().name();
        int competing = competingRegionsByZone.getOrDefault(zone, 0);
        return holder(chain)
                .map(snapshot -> new RegionFacts(code, snapshot.profile().gradientTier(), snapshot.profile(),
                        snapshot.remaining(), competing))
                .orElseGet(() -> new RegionFacts(code, chain.get(0).zone().defaultTier(), null, null, competing));
    }

    /** The gradient tier of a region (for the origin): its nearest profile's, else its zone's default. */
    public int tierOf(String code) {
        List<Region> chain = regions.selfAndAncestors(code);
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("region " + code + " is not in the reference data");
        }
        return holder(chain).map(snapshot -> snapshot.profile().gradientTier())
                .orElse(chain.get(0).zone().defaultTier());
    }

    private Optional<RegionCapacity> holder(List<Region> chain) {
        return chain.stream().map(region -> capacity.get(region.code())).filter(java.util.Objects::nonNull)
                .findFirst();
    }
}
