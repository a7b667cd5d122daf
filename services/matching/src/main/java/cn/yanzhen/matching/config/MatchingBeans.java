package cn.yanzhen.matching.config;

import cn.yanzhen.matching.domain.MatchingSettings;
import cn.yanzhen.matching.domain.Matchmaker;
import cn.yanzhen.contracts.reference.RegionDirectory;
import cn.yanzhen.matching.domain.ReasonCode;
import cn.yanzhen.matching.domain.Scorer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.EnumMap;
import java.util.Map;

/** The scorer, built from configuration. */
@ApplicationScoped
public class MatchingBeans {

    @Produces
    @Singleton
    MatchingSettings settings(MatchingConfig config) {
        MatchingConfig.Weights w = config.weights();
        Map<ReasonCode, Integer> weights = new EnumMap<>(ReasonCode.class);
        weights.put(ReasonCode.GRADIENT_ALIGNED, w.gradientAligned());
        weights.put(ReasonCode.GRADIENT_INVERTED, w.gradientInverted());
        weights.put(ReasonCode.GRADIENT_LEAP, w.gradientLeap());
        weights.put(ReasonCode.INDUSTRIAL_BASE_MATCH, w.industrialBaseMatch());
        weights.put(ReasonCode.PRIORITISED_INDUSTRY, w.prioritisedIndustry());
        weights.put(ReasonCode.RESTRICTED_INDUSTRY, w.restrictedIndustry());
        weights.put(ReasonCode.LAND_SHORTAGE, w.landShortage());
        weights.put(ReasonCode.PARK_LAND_SHORT, w.parkLandShort());
        weights.put(ReasonCode.ENERGY_SHORTAGE, w.energyShortage());
        weights.put(ReasonCode.LABOUR_SHORTAGE, w.labourShortage());
        weights.put(ReasonCode.GREEN_POWER_FIT, w.greenPowerFit());
        weights.put(ReasonCode.HOMOGENEOUS_COMPETITION, w.homogeneousCompetition());
        weights.put(ReasonCode.UNKNOWN_CAPACITY, w.unknownCapacity());
        return new MatchingSettings(config.neutralBase(), Map.copyOf(weights), config.recommendedFrom(),
                config.acceptableFrom(), config.riskyFrom(), config.competitionRegions(),
                config.competitionWindowDays(), config.technologyInfrastructureNeed(),
                config.capitalInfrastructureNeed(), config.energyHeavyGwhPerYear(), config.greenPowerShareFrom());
    }

    @Produces
    @Singleton
    Scorer scorer(MatchingSettings settings) {
        return new Scorer(settings);
    }

    @Produces
    @Singleton
    Matchmaker matchmaker(Scorer scorer, RegionDirectory regions) {
        return new Matchmaker(scorer, regions);
    }
}
