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
