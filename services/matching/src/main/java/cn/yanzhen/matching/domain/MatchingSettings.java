package cn.yanzhen.matching.domain;

import java.util.Map;

/**
 * Everything a person may tune about matching: the neutral base score, each reason's weight, the
 * verdict thresholds, and the limits behind the reasons. See MatchingConfig for defaults.
 */
public record MatchingSettings(
        int neutralBase,
        Map<ReasonCode, Integer> weights,
        int recommendedFrom,
        int acceptableFrom,
        int riskyFrom,
        int competitionRegions,
        int competitionWindowDays,
        int technologyInfrastructureNeed,
        int capitalInfrastructureNeed,
        double energyHeavyGwhPerYear,
        double greenPowerShareFrom) {

    public int weight(ReasonCode code) {
        Integer weight = weights.get(code);
        if (weight == null) {
            throw new IllegalStateException("no weight configured for " + code);
        }
        return weight;
    }
}
