package cn.yanzhen.capacity.domain;

import cn.yanzhen.contracts.reference.Region;
import cn.yanzhen.contracts.reference.RegionDirectory;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Which region's profile answers for a destination: the destination's own, else its nearest
 * ancestor's. A prefecture without a profile draws on its province's.
 */
public final class ProfileHolders {

    private final RegionDirectory regions;

    public ProfileHolders(RegionDirectory regions) {
        this.regions = regions;
    }

    public Optional<String> holderOf(String destination, Predicate<String> hasProfile) {
        return regions.selfAndAncestors(destination).stream()
                .map(Region::code)
                .filter(hasProfile)
                .findFirst();
    }
}
