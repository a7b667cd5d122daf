package cn.yanzhen.matching.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The knobs of matching, set as {@code yanzhen.matching.*} properties or {@code YANZHEN_MATCHING_*}
 * environment variables. A score is {@code neutral-base} plus the weight of every reason that applies.
 */
@ConfigMapping(prefix = "yanzhen.matching")
public interface MatchingConfig {

    /** Where every score starts before its reasons. */
    @WithDefault("50")
    int neutralBase();

    Weights weights();

    /** Lowest score of a RECOMMENDED verdict. */
    @WithDefault("75")
    int recommendedFrom();

    /** Lowest score of an ACCEPTABLE verdict. */
    @WithDefault("55")
    int acceptableFrom();

    /** Lowest score of a RISKY verdict; below it, MISMATCH. */
    @WithDefault("35")
    int riskyFrom();

    /** N: how many distinct regions of a zone with the same 3-digit group make homogeneous competition. */
    @WithDefault("5")
    int competitionRegions();

    /** How far back (days before signedOn) competing signings count. */
    @WithDefault("365")
    int competitionWindowDays();

    /** Infrastructure score a TECHNOLOGY project needs to avoid GRADIENT_LEAP (unless the base has its division). */
    @WithDefault("70")
    int technologyInfrastructureNeed();

    /** Infrastructure score a CAPITAL project needs to avoid GRADIENT_LEAP. */
    @WithDefault("55")
    int capitalInfrastructureNeed();

    /** From this yearly energy use (GWh) a project counts as energy-heavy for GREEN_POWER_FIT. */
    @WithDefault("100")
    double energyHeavyGwhPerYear();

    /** Green power share from which GREEN_POWER_FIT applies. */
    @WithDefault("0.5")
    double greenPowerShareFrom();

    /** Points each reason adds (positive) or takes away (negative). */
    interface Weights {
        @WithDefault("10")
        int gradientAligned();

        @WithDefault("-15")
        int gradientInverted();

        @WithDefault("-15")
        int gradientLeap();

        @WithDefault("15")
        int industrialBaseMatch();

        @WithDefault("10")
        int prioritisedIndustry();

        @WithDefault("-40")
        int restrictedIndustry();

        @WithDefault("-20")
        int landShortage();

        /** As {@code landShortage}: a park short of land weighs as a region short of it. */
        @WithDefault("-20")
        int parkLandShort();

        @WithDefault("-20")
        int energyShortage();

        @WithDefault("-20")
        int labourShortage();

        @WithDefault("5")
        int greenPowerFit();

        @WithDefault("-10")
        int homogeneousCompetition();

        @WithDefault("-5")
        int unknownCapacity();
    }
}
