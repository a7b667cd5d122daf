package cn.yanzhen.matching.domain;

import cn.yanzhen.contracts.capacity.ParkCapacity;
import cn.yanzhen.contracts.capacity.RegionCapacity;
import cn.yanzhen.contracts.matching.SigningMatched;
import cn.yanzhen.contracts.reference.RegionDirectory;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Evaluates a signing against its destination and, to find better places, against every profiled
 * region, and states the result as the contract's {@link SigningMatched}.
 */
public final class Matchmaker {

    private final Scorer scorer;
    private final RegionDirectory regions;

    public Matchmaker(Scorer scorer, RegionDirectory regions) {
        this.scorer = scorer;
        this.regions = regions;
    }

    /** A result and the evaluation of the destination it came from. */
    public record Match(SigningMatched result, Evaluation chosen) {
    }

    /** {@code park}: the land of the park the signing names; null when it names none or matching has not heard of it. */
    public Match evaluate(UUID signingId, String eventCode, SigningFacts signing, ParkCapacity park,
                          Map<String, RegionCapacity> capacity, Map<String, Integer> competingRegionsByZone,
                          Instant at) {
        RegionFactsFactory facts = new RegionFactsFactory(regions, capacity, competingRegionsByZone);
        int originTier = facts.tierOf(signing.originRegion());
        Evaluation chosen = scorer.evaluate(signing, originTier, facts.of(signing.destinationRegion()), park);
        List<Evaluation> others = capacity.keySet().stream()
                .filter(code -> !code.equals(signing.destinationRegion()))
                .map(code -> scorer.evaluate(signing, originTier, facts.of(code)))
                .toList();
        SigningMatched result = new SigningMatched(signingId, eventCode, signing.destinationRegion(),
                signing.industryCode(), signing.factorClass().name(), chosen.score(), chosen.verdict(),
                chosen.reasons().stream().map(reason -> new SigningMatched.Reason(reason.code().name(),
                        reason.weight(), reason.detail())).toList(),
                Alternatives.better(chosen, others).stream()
                        .map(better -> new SigningMatched.Alternative(better.region(), better.score())).toList(),
                new SigningMatched.CapacityRequest(signing.landHa(), signing.energyGwhPerYear(), signing.jobs()),
                at);
        return new Match(result, chosen);
    }
}
