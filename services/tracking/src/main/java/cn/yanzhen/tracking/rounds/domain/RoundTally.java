package cn.yanzhen.tracking.rounds.domain;

import cn.yanzhen.contracts.reference.Region;
import cn.yanzhen.contracts.reference.RegionDirectory;
import cn.yanzhen.contracts.tracking.ReportingRound.RegionRate;
import cn.yanzhen.tracking.figures.domain.Rates;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A round's reporting rate (报送率: reported / due, rounded as {@link Rates} rounds) in all and per region one
 * level below its scope: per province in a round over all regions, per prefecture in a province's round (a
 * project placed at the province itself counts under the province), the region itself below that.
 */
public record RoundTally(long due, long reported, double rate, List<RegionRate> regions, long missed) {

    public static RoundTally of(Round round, List<RoundOutcome> outcomes, RegionDirectory directory) {
        Map<String, long[]> byRegion = new TreeMap<>();
        long reported = 0;
        for (RoundOutcome outcome : outcomes) {
            long[] counts = byRegion.computeIfAbsent(rowOf(round, outcome.destinationRegion(), directory),
                    region -> new long[2]);
            counts[0]++;
            if (outcome.reported()) {
                counts[1]++;
                reported++;
            }
        }
        List<RegionRate> regions = byRegion.entrySet().stream().map(entry -> new RegionRate(entry.getKey(),
                entry.getValue()[0], entry.getValue()[1], Rates.share(entry.getValue()[1], entry.getValue()[0])))
                .toList();
        return new RoundTally(outcomes.size(), reported, Rates.share(reported, outcomes.size()), regions,
                outcomes.size() - reported);
    }

    private static String rowOf(Round round, String destination, RegionDirectory directory) {
        List<Region> chain = directory.selfAndAncestors(destination);
        if (chain.isEmpty() || destination.equals(round.scope())) {
            return destination;
        }
        if (round.coversAllRegions()) {
            return chain.get(chain.size() - 1).code();
        }
        return chain.stream().filter(region -> round.scope().equals(region.parent())).map(Region::code).findFirst()
                .orElse(destination);
    }
}
