package cn.yanzhen.matching.domain;

import cn.yanzhen.contracts.capacity.RegionCapacity.Amounts;
import cn.yanzhen.contracts.capacity.RegionCapacity.Profile;

/**
 * A candidate region as matching sees it: its gradient tier, and — when it or an ancestor has one —
 * the capacity profile that answers for it and what of it remains. {@code profile} and
 * {@code remaining} are null when no profile exists anywhere up the hierarchy.
 */
public record RegionFacts(String code, int gradientTier, Profile profile, Amounts remaining,
                          int competingRegions) {

    public boolean capacityKnown() {
        return profile != null;
    }
}
