package cn.yanzhen.contracts.capacity;

import java.time.Instant;
import java.util.List;

/** Payload of {@code yanzhen.region.capacity}: a region's full profile, what is reserved and what remains. */
public record RegionCapacity(
        String regionCode,
        String zone,
        long version,
        Profile profile,
        Amounts reserved,
        Amounts remaining,
        boolean overcommitted,
        Instant updatedAt) {

    /** Of two snapshots of one region, the one updated last; the kept one when they tie. */
    public static RegionCapacity newer(RegionCapacity kept, RegionCapacity offered) {
        return offered.updatedAt().isBefore(kept.updatedAt()) ? kept : offered;
    }

    public record Profile(
            int gradientTier,
            double landAvailableHa,
            long labourAvailable,
            double energyAvailableGwhPerYear,
            double greenPowerShare,
            int infrastructureScore,
            List<String> industrialBase,
            List<String> prioritisedIndustries,
            List<String> restrictedIndustries) {
    }

    public record Amounts(double landHa, long labour, double energyGwhPerYear) {
    }
}
