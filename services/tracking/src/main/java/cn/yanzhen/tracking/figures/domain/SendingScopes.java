package cn.yanzhen.tracking.figures.domain;

import cn.yanzhen.contracts.reference.Region;
import cn.yanzhen.contracts.reference.RegionDirectory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The scopes of the sending side (docs/contract.md §4.5.5), where a project counts by its investor's origin as
 * {@code all} counts it: {@code origin:CODE} for the origin's province and prefecture, {@code flow:FROM:TO} from the
 * origin's province to the destination's, and {@code zone-flow:FROM:TO} between their zones. A project whose origin or
 * destination is not known here (registered before tracking kept the origin) counts in none of them.
 */
public final class SendingScopes {

    public static final String FLOW = "flow:";
    public static final String ZONE_FLOW = "zone-flow:";

    private final RegionDirectory regions;

    public SendingScopes(RegionDirectory regions) {
        this.regions = regions;
    }

    public List<String> of(String originRegion, String destinationRegion) {
        if (originRegion == null) {
            return List.of();
        }
        List<Region> origin = regions.selfAndAncestors(originRegion);
        List<String> scopes = new ArrayList<>();
        origin.stream().filter(region -> region.level() != Region.Level.COUNTY).map(Region::code)
                .map(SendingScopes::origin).forEach(scopes::add);
        Optional<Region> from = provinceOf(origin);
        Optional<Region> to = provinceOf(regions.selfAndAncestors(destinationRegion));
        if (from.isPresent() && to.isPresent()) {
            scopes.add(flow(from.get().code(), to.get().code()));
            scopes.add(zoneFlow(from.get().zone().name(), to.get().zone().name()));
        }
        return scopes;
    }

    private static Optional<Region> provinceOf(List<Region> selfAndAncestors) {
        return selfAndAncestors.stream().filter(region -> region.level() == Region.Level.PROVINCE).findFirst();
    }

    public static String origin(String code) {
        return "origin:" + code;
    }

    public static String flow(String fromProvince, String toProvince) {
        return FLOW + fromProvince + ":" + toProvince;
    }

    public static String zoneFlow(String fromZone, String toZone) {
        return ZONE_FLOW + fromZone + ":" + toZone;
    }
}
