package cn.yanzhen.matching.domain;

import cn.yanzhen.contracts.capacity.ParkCapacity;
import cn.yanzhen.contracts.capacity.RegionCapacity.Amounts;
import cn.yanzhen.contracts.capacity.RegionCapacity.Profile;
import cn.yanzhen.contracts.matching.SigningMatched.Verdict;
import cn.yanzhen.contracts.reference.FactorClass;
import java.util.ArrayList;
import java.util.List;

/**
 * Scores a signing against a region (docs/contract.md §5): a neutral base plus the weight of every reason
 * that applies, clamped to 0–100. RESTRICTED_INDUSTRY forces MISMATCH; UNKNOWN_CAPACITY caps the verdict
 * at ACCEPTABLE and skips the region's capacity reasons. The park a signing names is judged at its destination
 * only, and whether or not a region profile answers for it: its land is the park's, not the region's.
 */
public final class Scorer {

    private final MatchingSettings settings;

    public Scorer(MatchingSettings settings) {
        this.settings = settings;
    }

    public Evaluation evaluate(SigningFacts signing, int originTier, RegionFacts region) {
        return evaluate(signing, originTier, region, null);
    }

    /** The destination's evaluation, with the land of the park the signing names (null: none, or not known yet). */
    public Evaluation evaluate(SigningFacts signing, int originTier, RegionFacts region, ParkCapacity park) {
        List<Reason> reasons = new ArrayList<>();
        gradient(signing, originTier, region, reasons);
        if (region.capacityKnown()) {
            fit(signing, region.profile(), reasons);
            shortages(signing, region.remaining(), reasons);
            greenPower(signing, region.profile(), reasons);
        } else {
            reasons.add(reason(ReasonCode.UNKNOWN_CAPACITY, "neither " + region.code()
                    + " nor a region above it has a capacity profile; capacity was not checked"));
        }
        if (park != null) {
            parkLand(signing, park, reasons);
        }
        if (signing.industryGroup() != null && region.competingRegions() >= settings.competitionRegions()) {
            reasons.add(reason(ReasonCode.HOMOGENEOUS_COMPETITION, region.competingRegions()
                    + " regions of the zone received group " + signing.industryGroup() + " in the last "
                    + settings.competitionWindowDays() + " days (limit " + settings.competitionRegions() + ")"));
        }
        int score = Math.max(0, Math.min(100,
                settings.neutralBase() + reasons.stream().mapToInt(Reason::weight).sum()));
        return new Evaluation(region.code(), score, verdict(score, reasons), List.copyOf(reasons));
    }

    private void gradient(SigningFacts signing, int originTier, RegionFacts region, List<Reason> reasons) {
        if (region.gradientTier() >= originTier) {
            reasons.add(reason(ReasonCode.GRADIENT_ALIGNED, "tier " + region.gradientTier()
                    + " destination ≥ tier " + originTier + " origin: transfer runs downhill"));
        } else {
            reasons.add(reason(ReasonCode.GRADIENT_INVERTED, "tier " + region.gradientTier()
                    + " destination < tier " + originTier + " origin: transfer runs uphill"));
        }
        Profile profile = region.profile();
        int need = infrastructureNeed(signing.factorClass());
        if (profile != null && need > 0 && profile.infrastructureScore() < need
                && !profile.industrialBase().contains(signing.division())) {
            reasons.add(reason(ReasonCode.GRADIENT_LEAP, signing.factorClass() + " industry into infrastructure "
                    + profile.infrastructureScore() + " (needs " + need + ") without division " + signing.division()
                    + " in the industrial base"));
        }
    }

    private void fit(SigningFacts signing, Profile profile, List<Reason> reasons) {
        if (profile.industrialBase().contains(signing.division())) {
            reasons.add(reason(ReasonCode.INDUSTRIAL_BASE_MATCH, "division " + signing.division()
                    + " is in the industrial base " + profile.industrialBase()));
        }
        matchingPrefix(signing.industryCode(), profile.prioritisedIndustries()).ifPresent(code ->
                reasons.add(reason(ReasonCode.PRIORITISED_INDUSTRY, signing.industryCode() + " is prioritised ("
                        + code + ")")));
        matchingPrefix(signing.industryCode(), profile.restrictedIndustries()).ifPresent(code ->
                reasons.add(reason(ReasonCode.RESTRICTED_INDUSTRY, signing.industryCode() + " is restricted ("
                        + code + ")")));
    }

    private void shortages(SigningFacts signing, Amounts remaining, List<Reason> reasons) {
        if (signing.landHa() > remaining.landHa()) {
            reasons.add(reason(ReasonCode.LAND_SHORTAGE, "needs " + signing.landHa() + " ha, "
                    + remaining.landHa() + " ha remain"));
        }
        if (signing.energyGwhPerYear() > remaining.energyGwhPerYear()) {
            reasons.add(reason(ReasonCode.ENERGY_SHORTAGE, "needs " + signing.energyGwhPerYear() + " GWh/yr, "
                    + remaining.energyGwhPerYear() + " GWh/yr remain"));
        }
        if (signing.jobs() > remaining.labour()) {
            reasons.add(reason(ReasonCode.LABOUR_SHORTAGE, "needs " + signing.jobs() + " workers, "
                    + remaining.labour() + " remain"));
        }
    }

    private void parkLand(SigningFacts signing, ParkCapacity park, List<Reason> reasons) {
        double needMu = Math.round(ParkCapacity.muOf(signing.landHa()) * 1000) / 1000.0;
        if (needMu > park.remainingLandMu()) {
            reasons.add(reason(ReasonCode.PARK_LAND_SHORT, "园区 " + park.parkCode() + " 剩余用地 "
                    + park.remainingLandMu() + " 亩，项目需 " + needMu + " 亩 / park " + park.parkCode() + ": needs "
                    + needMu + " mu (" + signing.landHa() + " ha), " + park.remainingLandMu() + " mu remain"));
        }
    }

    private void greenPower(SigningFacts signing, Profile profile, List<Reason> reasons) {
        boolean energyHungry = signing.factorClass() == FactorClass.RESOURCE
                || signing.energyGwhPerYear() >= settings.energyHeavyGwhPerYear();
        if (energyHungry && profile.greenPowerShare() >= settings.greenPowerShareFrom()) {
            reasons.add(reason(ReasonCode.GREEN_POWER_FIT, "energy-hungry project, "
                    + Math.round(profile.greenPowerShare() * 100) + "% green power"));
        }
    }

    private Verdict verdict(int score, List<Reason> reasons) {
        if (reasons.stream().anyMatch(reason -> reason.code() == ReasonCode.RESTRICTED_INDUSTRY)) {
            return Verdict.MISMATCH;
        }
        Verdict byScore = score >= settings.recommendedFrom() ? Verdict.RECOMMENDED
                : score >= settings.acceptableFrom() ? Verdict.ACCEPTABLE
                : score >= settings.riskyFrom() ? Verdict.RISKY
                : Verdict.MISMATCH;
        boolean unknownCapacity = reasons.stream().anyMatch(reason -> reason.code() == ReasonCode.UNKNOWN_CAPACITY);
        return unknownCapacity && byScore == Verdict.RECOMMENDED ? Verdict.ACCEPTABLE : byScore;
    }

    private int infrastructureNeed(FactorClass factorClass) {
        return switch (factorClass) {
            case TECHNOLOGY -> settings.technologyInfrastructureNeed();
            case CAPITAL -> settings.capitalInfrastructureNeed();
            default -> 0;
        };
    }

    private static java.util.Optional<String> matchingPrefix(String industryCode, List<String> codes) {
        return codes.stream().filter(industryCode::startsWith).findFirst();
    }

    private Reason reason(ReasonCode code, String detail) {
        return new Reason(code, settings.weight(code), detail);
    }
}
