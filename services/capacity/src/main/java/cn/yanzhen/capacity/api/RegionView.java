package cn.yanzhen.capacity.api;

import cn.yanzhen.contracts.capacity.RegionCapacity.Amounts;
import java.time.Instant;
import java.util.List;

/**
 * A region as the API shows it: reference data, its effective gradient tier, and — when it has a
 * profile — the profile, what is reserved and what remains (all three null otherwise).
 */
public record RegionView(String code, String name, String level, String parent, String zone, int gradientTier,
                         ProfileView profile, Amounts reserved, Amounts remaining) {

    /** A capacity profile with its version (the ETag of the region). */
    public record ProfileView(long version, int gradientTier, double landAvailableHa, long labourAvailable,
                              double energyAvailableGwhPerYear, double greenPowerShare, int infrastructureScore,
                              List<String> industrialBase, List<String> prioritisedIndustries,
                              List<String> restrictedIndustries, boolean overcommitted, Instant updatedAt) {
    }
}
