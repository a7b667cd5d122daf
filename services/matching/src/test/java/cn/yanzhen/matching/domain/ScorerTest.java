package cn.yanzhen.matching.domain;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yanzhen.contracts.capacity.ParkCapacity;
import cn.yanzhen.contracts.capacity.RegionCapacity.Amounts;
import cn.yanzhen.contracts.capacity.RegionCapacity.Profile;
import cn.yanzhen.contracts.matching.SigningMatched.Verdict;
import cn.yanzhen.contracts.reference.FactorClass;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScorerTest {

    static final MatchingSettings SETTINGS = new MatchingSettings(50, weights(), 75, 55, 35, 5, 365, 70, 55, 100, 0.5);
    private final Scorer scorer = new Scorer(SETTINGS);

    static Map<ReasonCode, Integer> weights() {
        Map<ReasonCode, Integer> weights = new EnumMap<>(ReasonCode.class);
        weights.put(ReasonCode.GRADIENT_ALIGNED, 10);
        weights.put(ReasonCode.GRADIENT_INVERTED, -15);
        weights.put(ReasonCode.GRADIENT_LEAP, -15);
        weights.put(ReasonCode.INDUSTRIAL_BASE_MATCH, 15);
        weights.put(ReasonCode.PRIORITISED_INDUSTRY, 10);
        weights.put(ReasonCode.RESTRICTED_INDUSTRY, -40);
        weights.put(ReasonCode.LAND_SHORTAGE, -20);
        weights.put(ReasonCode.PARK_LAND_SHORT, -20);
        weights.put(ReasonCode.ENERGY_SHORTAGE, -20);
        weights.put(ReasonCode.LABOUR_SHORTAGE, -20);
        weights.put(ReasonCode.GREEN_POWER_FIT, 5);
        weights.put(ReasonCode.HOMOGENEOUS_COMPETITION, -10);
        weights.put(ReasonCode.UNKNOWN_CAPACITY, -5);
        return weights;
    }

    private static final Profile PLAIN = profile(60, List.of(), List.of(), List.of(), 0.2);
    private static final Amounts AMPLE = new Amounts(1000, 100_000, 100_000);

    static Profile profile(int infrastructure, List<String> base, List<String> prioritised, List<String> restricted,
                           double greenShare) {
        return new Profile(3, 1000, 100_000, 100_000, greenShare, infrastructure, base, prioritised, restricted);
    }

    static SigningFacts signing(String industry, FactorClass factorClass, double land, double energy, long jobs) {
        return new SigningFacts("440300", "450500", industry, factorClass, land, energy, jobs);
    }

    private static RegionFacts region(int tier, Profile profile, Amounts remaining) {
        return new RegionFacts("450500", tier, profile, remaining, 0);
    }

    private Evaluation labourSigningIn(RegionFacts region) {
        return scorer.evaluate(signing("1810", FactorClass.LABOUR, 10, 5, 500), 1, region);
    }

    @Test
    void gradientAlignedWhenTheDestinationTierIsAtLeastTheOrigins() {
        Evaluation equal = scorer.evaluate(signing("1810", FactorClass.LABOUR, 1, 1, 1), 3, region(3, PLAIN, AMPLE));
        Evaluation uphill = scorer.evaluate(signing("1810", FactorClass.LABOUR, 1, 1, 1), 3, region(2, PLAIN, AMPLE));

        assertThat(equal.has(ReasonCode.GRADIENT_ALIGNED)).isTrue();
        assertThat(equal.score()).isEqualTo(60);
        assertThat(uphill.has(ReasonCode.GRADIENT_INVERTED)).isTrue();
        assertThat(uphill.score()).isEqualTo(35);
    }

    @Test
    void gradientLeapNeedsBothWeakInfrastructureAndAMissingBase() {
        SigningFacts battery = signing("3841", FactorClass.TECHNOLOGY, 1, 1, 1);
        assertThat(scorer.evaluate(battery, 1, region(3, profile(69, List.of(), List.of(), List.of(), 0), AMPLE))
                .has(ReasonCode.GRADIENT_LEAP)).isTrue();
        assertThat(scorer.evaluate(battery, 1, region(3, profile(70, List.of(), List.of(), List.of(), 0), AMPLE))
                .has(ReasonCode.GRADIENT_LEAP)).isFalse();
        assertThat(scorer.evaluate(battery, 1, region(3, profile(40, List.of("38"), List.of(), List.of(), 0), AMPLE))
                .has(ReasonCode.GRADIENT_LEAP)).isFalse();
        SigningFacts parts = signing("3670", FactorClass.CAPITAL, 1, 1, 1);
        assertThat(scorer.evaluate(parts, 1, region(3, profile(54, List.of(), List.of(), List.of(), 0), AMPLE))
                .has(ReasonCode.GRADIENT_LEAP)).isTrue();
        assertThat(scorer.evaluate(parts, 1, region(3, profile(55, List.of(), List.of(), List.of(), 0), AMPLE))
                .has(ReasonCode.GRADIENT_LEAP)).isFalse();
        assertThat(labourSigningIn(region(3, profile(0, List.of(), List.of(), List.of(), 0), AMPLE))
                .has(ReasonCode.GRADIENT_LEAP)).isFalse();
    }

    @Test
    void industrialBaseMatchesOnTheDivision() {
        assertThat(labourSigningIn(region(3, profile(60, List.of("18"), List.of(), List.of(), 0), AMPLE))
                .has(ReasonCode.INDUSTRIAL_BASE_MATCH)).isTrue();
        assertThat(labourSigningIn(region(3, profile(60, List.of("17"), List.of(), List.of(), 0), AMPLE))
                .has(ReasonCode.INDUSTRIAL_BASE_MATCH)).isFalse();
    }

    @Test
    void prioritisedAndRestrictedMatchTheCodeOrAPrefix() {
        assertThat(labourSigningIn(region(3, profile(60, List.of(), List.of("181"), List.of(), 0), AMPLE))
                .has(ReasonCode.PRIORITISED_INDUSTRY)).isTrue();
        assertThat(labourSigningIn(region(3, profile(60, List.of(), List.of("1811"), List.of(), 0), AMPLE))
                .has(ReasonCode.PRIORITISED_INDUSTRY)).isFalse();
        Evaluation restricted = labourSigningIn(region(3, profile(60, List.of("18"), List.of("18"), List.of("18"), 0),
                AMPLE));
        assertThat(restricted.has(ReasonCode.RESTRICTED_INDUSTRY)).isTrue();
        assertThat(restricted.verdict()).isEqualTo(Verdict.MISMATCH);
        assertThat(labourSigningIn(region(3, profile(60, List.of(), List.of(), List.of("17"), 0), AMPLE))
                .verdict()).isNotEqualTo(Verdict.MISMATCH);
    }

    @Test
    void restrictedIsMismatchWhateverTheScore() {
        Profile everythingElseGood = profile(90, List.of("18"), List.of("18"), List.of("1810"), 0.9);
        Evaluation evaluation = labourSigningIn(region(3, everythingElseGood, AMPLE));
        assertThat(evaluation.score()).isGreaterThanOrEqualTo(35);
        assertThat(evaluation.verdict()).isEqualTo(Verdict.MISMATCH);
    }

    @Test
    void shortagesWhenTheRequestExceedsWhatRemains() {
        assertThat(labourSigningIn(region(3, PLAIN, new Amounts(10, 500, 5))).reasons()).extracting(Reason::code)
                .doesNotContain(ReasonCode.LAND_SHORTAGE, ReasonCode.LABOUR_SHORTAGE, ReasonCode.ENERGY_SHORTAGE);
        assertThat(labourSigningIn(region(3, PLAIN, new Amounts(9.9, 499, 4.9))).reasons()).extracting(Reason::code)
                .contains(ReasonCode.LAND_SHORTAGE, ReasonCode.LABOUR_SHORTAGE, ReasonCode.ENERGY_SHORTAGE);
    }

    @Test
    void aParkShortOfLandWeighsAsARegionShortOfIt() {
        // 10 ha × 15 = 150 亩: 150 remaining is enough, 149.9 is not
        SigningFacts textile = signing("1810", FactorClass.LABOUR, 10, 5, 500);
        Evaluation enough = scorer.evaluate(textile, 1, region(3, PLAIN, AMPLE), park("GX-JMCZ", 150));
        Evaluation short_ = scorer.evaluate(textile, 1, region(3, PLAIN, AMPLE), park("GX-JMCZ", 149.9));
        Evaluation regionShort = scorer.evaluate(textile, 1, region(3, PLAIN, new Amounts(9.9, 100_000, 100_000)));

        assertThat(enough.has(ReasonCode.PARK_LAND_SHORT)).isFalse();
        assertThat(enough.score()).isEqualTo(60);
        assertThat(short_.reasons()).filteredOn(reason -> reason.code() == ReasonCode.PARK_LAND_SHORT)
                .singleElement().satisfies(reason -> {
                    assertThat(reason.weight()).isEqualTo(-20);
                    assertThat(reason.detail()).startsWith("园区 GX-JMCZ 剩余用地 149.9 亩，项目需 150.0 亩")
                            .contains("park GX-JMCZ: needs 150.0 mu (10.0 ha), 149.9 mu remain");
                });
        // 50 + 10 (aligned) − 20 = 40: RISKY, as the same shortage of the region's land gives
        assertThat(short_.score()).isEqualTo(40).isEqualTo(regionShort.score());
        assertThat(short_.verdict()).isEqualTo(Verdict.RISKY).isEqualTo(regionShort.verdict());
    }

    @Test
    void aParksLandIsJudgedWhereNoRegionProfileAnswers() {
        // 0.1 ha = 1.5 亩 (not 1.5000000000000002) against 1.5 remaining: enough
        SigningFacts small = signing("1810", FactorClass.LABOUR, 0.1, 1, 1);
        RegionFacts unprofiled = new RegionFacts("451400", 3, null, null, 0);
        assertThat(scorer.evaluate(small, 1, unprofiled, park("GX-JMCZ", 1.5)).has(ReasonCode.PARK_LAND_SHORT))
                .isFalse();
        assertThat(scorer.evaluate(small, 1, unprofiled, park("GX-JMCZ", -3)).reasons()).extracting(Reason::code)
                .containsExactlyInAnyOrder(ReasonCode.GRADIENT_ALIGNED, ReasonCode.UNKNOWN_CAPACITY,
                        ReasonCode.PARK_LAND_SHORT);
    }

    private static ParkCapacity park(String code, double remainingMu) {
        return new ParkCapacity(code, "园区", "450500", 1, 1000, 1000 - remainingMu, remainingMu, 1, Instant.EPOCH);
    }

    @Test
    void aLabourShortageKeepsEvenTheBestLabourSigningFromRecommended() {
        Profile best = profile(90, List.of("18"), List.of("18"), List.of(), 0.9);
        Evaluation evaluation = labourSigningIn(region(3, best, new Amounts(1000, 499, 1000)));
        assertThat(evaluation.has(ReasonCode.LABOUR_SHORTAGE)).isTrue();
        assertThat(evaluation.verdict()).isNotEqualTo(Verdict.RECOMMENDED);
    }

    @Test
    void greenPowerFitsResourceOrEnergyHeavyProjectsFromHalfGreen() {
        SigningFacts aluminium = signing("3216", FactorClass.RESOURCE, 1, 1, 1);
        assertThat(scorer.evaluate(aluminium, 1, region(3, profile(60, List.of(), List.of(), List.of(), 0.5), AMPLE))
                .has(ReasonCode.GREEN_POWER_FIT)).isTrue();
        assertThat(scorer.evaluate(aluminium, 1, region(3, profile(60, List.of(), List.of(), List.of(), 0.49), AMPLE))
                .has(ReasonCode.GREEN_POWER_FIT)).isFalse();
        SigningFacts dataCentre = signing("6450", FactorClass.TECHNOLOGY, 1, 100, 1);
        assertThat(scorer.evaluate(dataCentre, 1, region(3, profile(90, List.of(), List.of(), List.of(), 0.6), AMPLE))
                .has(ReasonCode.GREEN_POWER_FIT)).isTrue();
        SigningFacts software = signing("6450", FactorClass.TECHNOLOGY, 1, 99.9, 1);
        assertThat(scorer.evaluate(software, 1, region(3, profile(90, List.of(), List.of(), List.of(), 0.6), AMPLE))
                .has(ReasonCode.GREEN_POWER_FIT)).isFalse();
    }

    @Test
    void homogeneousCompetitionFromNRegionsOfTheZone() {
        SigningFacts textile = signing("1810", FactorClass.LABOUR, 1, 1, 1);
        assertThat(scorer.evaluate(textile, 1, new RegionFacts("450500", 3, PLAIN, AMPLE, 4))
                .has(ReasonCode.HOMOGENEOUS_COMPETITION)).isFalse();
        assertThat(scorer.evaluate(textile, 1, new RegionFacts("450500", 3, PLAIN, AMPLE, 5))
                .has(ReasonCode.HOMOGENEOUS_COMPETITION)).isTrue();
        SigningFacts divisionOnly = signing("18", FactorClass.LABOUR, 1, 1, 1);
        assertThat(scorer.evaluate(divisionOnly, 1, new RegionFacts("450500", 3, PLAIN, AMPLE, 9))
                .has(ReasonCode.HOMOGENEOUS_COMPETITION)).isFalse();
    }

    @Test
    void unknownCapacitySkipsCapacityReasonsAndCapsTheVerdict() {
        Scorer generous = new Scorer(new MatchingSettings(80, weights(), 75, 55, 35, 5, 365, 70, 55, 100, 0.5));
        Evaluation evaluation = generous.evaluate(signing("1810", FactorClass.LABOUR, 1e6, 1e6, 1_000_000), 1,
                new RegionFacts("540000", 3, null, null, 0));
        assertThat(evaluation.reasons()).extracting(Reason::code)
                .containsExactlyInAnyOrder(ReasonCode.GRADIENT_ALIGNED, ReasonCode.UNKNOWN_CAPACITY);
        assertThat(evaluation.score()).isEqualTo(85);
        assertThat(evaluation.verdict()).isEqualTo(Verdict.ACCEPTABLE);
    }

    @Test
    void verdictThresholdsAreInclusiveAndTheScoreIsClamped() {
        Scorer at = new Scorer(new MatchingSettings(65, weights(), 75, 55, 35, 5, 365, 70, 55, 100, 0.5));
        assertThat(at.evaluate(signing("1810", FactorClass.LABOUR, 1, 1, 1), 1, region(3, PLAIN, AMPLE)).verdict())
                .isEqualTo(Verdict.RECOMMENDED);
        Scorer below = new Scorer(new MatchingSettings(64, weights(), 75, 55, 35, 5, 365, 70, 55, 100, 0.5));
        assertThat(below.evaluate(signing("1810", FactorClass.LABOUR, 1, 1, 1), 1, region(3, PLAIN, AMPLE)).verdict())
                .isEqualTo(Verdict.ACCEPTABLE);
        Scorer low = new Scorer(new MatchingSettings(0, weights(), 75, 55, 35, 5, 365, 70, 55, 100, 0.5));
        assertThat(low.evaluate(signing("1810", FactorClass.LABOUR, 1e6, 1e6, 1_000_000), 3,
                region(1, PLAIN, new Amounts(0, 0, 0))).score()).isZero();
    }

    @Test
    void alternativesAreTheThreeBestThatScoreHigher() {
        Evaluation chosen = new Evaluation("450500", 60, Verdict.ACCEPTABLE, List.of());
        List<Evaluation> others = List.of(
                new Evaluation("450100", 80, Verdict.RECOMMENDED, List.of()),
                new Evaluation("450200", 60, Verdict.ACCEPTABLE, List.of()),
                new Evaluation("450300", 70, Verdict.ACCEPTABLE, List.of()),
                new Evaluation("450500", 99, Verdict.RECOMMENDED, List.of()),
                new Evaluation("450600", 90, Verdict.RECOMMENDED, List.of()),
                new Evaluation("450700", 61, Verdict.ACCEPTABLE, List.of()));
        assertThat(Alternatives.better(chosen, others)).extracting(Evaluation::region)
                .containsExactly("450600", "450100", "450300");
    }
}
