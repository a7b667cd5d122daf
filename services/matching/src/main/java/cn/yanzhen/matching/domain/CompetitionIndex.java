package cn.yanzhen.matching.domain;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The signings that compete for an industry group, as a batch sees them: how many signings of each
 * group went to each destination on each day. Built from what is stored and kept up to date with the
 * batch's own signings and withdrawals, so that scoring a signing costs no query.
 */
public final class CompetitionIndex {

    /** Where and when signings of one 3-digit group went. */
    public record Place(String industryGroup, String zone, String region, LocalDate signedOn) {
    }

    private final int windowDays;
    private final Map<Place, Integer> signings = new HashMap<>();

    public CompetitionIndex(int windowDays) {
        this.windowDays = windowDays;
    }

    /** Counts {@code count} more (or, negative, fewer) signings at the place. */
    public void add(Place place, int count) {
        if (place.industryGroup() != null) {
            signings.merge(place, count, Integer::sum);
        }
    }

    /**
     * For a signing at {@code own}: the distinct other destinations of its group per zone that had a
     * signing within the window before its date (its own signing left out when {@code counted}).
     */
    public Map<String, Integer> competingRegions(Place own, boolean counted) {
        Map<String, Set<String>> regionsByZone = new HashMap<>();
        if (own.industryGroup() == null) {
            return Map.of();
        }
        LocalDate from = own.signedOn().minusDays(windowDays);
        signings.forEach((place, count) -> {
            int others = counted && place.equals(own) ? count - 1 : count;
            if (others > 0 && Objects.equals(place.industryGroup(), own.industryGroup())
                    && !place.signedOn().isBefore(from) && !place.signedOn().isAfter(own.signedOn())) {
                regionsByZone.computeIfAbsent(place.zone(), zone -> new HashSet<>()).add(place.region());
            }
        });
        Map<String, Integer> competing = new HashMap<>();
        regionsByZone.forEach((zone, regions) -> competing.put(zone, regions.size()));
        return competing;
    }
}
