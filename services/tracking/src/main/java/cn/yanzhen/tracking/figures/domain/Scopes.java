package cn.yanzhen.tracking.figures.domain;

import cn.yanzhen.contracts.reference.IndustryCatalogue;
import cn.yanzhen.contracts.reference.Region;
import cn.yanzhen.contracts.reference.RegionDirectory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The scopes whose figures a project counts in: {@code all}, {@code event:CODE}, {@code region:CODE}
 * for its destination and every region above it, {@code industry:DD} for its division, and {@code park:CODE} and
 * {@code chain:CODE} for the park its signing names and the chain it is tagged to. Its project counts also
 * go to the breakdowns the dashboard shows (docs/contract.md §4.5.4): {@code event-prefecture:EVENT:CODE} and
 * {@code event-industry:EVENT:DD}, counted as its event counts, and {@code zone-factor:ZONE:CLASS}, counted as the
 * scopes beyond its event count, and {@code region-industry:CODE:DD}, the cut of a region and a division, counted so
 * too and keeping its monthly series. By its investor's origin it counts in the scopes of the sending side
 * ({@link SendingScopes}).
 */
public final class Scopes {

    public static final String ALL = "all";

    private final RegionDirectory regions;
    private final IndustryCatalogue industries;
    private final SendingScopes sending;

    public Scopes(RegionDirectory regions, IndustryCatalogue industries) {
        this.regions = regions;
        this.industries = industries;
        this.sending = new SendingScopes(regions);
    }

    public List<String> of(Place place) {
        List<String> scopes = new ArrayList<>();
        scopes.add(ALL);
        scopes.add(event(place.eventCode()));
        regions.selfAndAncestors(place.destinationRegion()).stream().map(Region::code).map(Scopes::region)
                .forEach(scopes::add);
        scopes.add(industry(place.industryCode().substring(0, 2)));
        if (place.parkCode() != null) {
            scopes.add(park(place.parkCode()));
        }
        if (place.chainCode() != null) {
            scopes.add(chain(place.chainCode()));
        }
        return scopes;
    }

    /** The breakdowns of its event a project counts in as the event counts it: by prefecture and by division. */
    public List<String> eventBreakdowns(String eventCode, String destinationRegion, String industryCode) {
        return List.of(eventPrefecture(eventCode, prefectureOf(destinationRegion)),
                eventIndustry(eventCode, industryCode.substring(0, 2)));
    }

    /**
     * The cuts of region and industry together a project counts in as the scopes beyond its event count it: its
     * division in its destination and in every region above it ({@code region-industry:CODE:DD}).
     */
    public List<String> cutsOf(String destinationRegion, String industryCode) {
        String division = industryCode.substring(0, 2);
        return regions.selfAndAncestors(destinationRegion).stream()
                .map(region -> regionIndustry(region.code(), division)).toList();
    }

    /** The breakdown beyond its event: its destination's zone and its industry's factor class. */
    public Optional<String> zoneFactor(String destinationRegion, String industryCode) {
        Optional<Region> destination = regions.find(destinationRegion);
        if (destination.isEmpty() || industries.problemWith(industryCode).isPresent()) {
            return Optional.empty();
        }
        return Optional.of("zone-factor:" + destination.get().zone() + ":" + industries.factorClass(industryCode));
    }

    /** The scopes of the sending side a project from {@code originRegion} counts in, as {@code all} counts it. */
    public List<String> sending(String originRegion, String destinationRegion) {
        return sending.of(originRegion, destinationRegion);
    }

    /** The prefecture a destination lies in (a county counts in its prefecture; a province is its own). */
    private String prefectureOf(String destinationRegion) {
        return regions.selfAndAncestors(destinationRegion).stream()
                .filter(region -> region.level() == Region.Level.PREFECTURE).map(Region::code).findFirst()
                .orElse(destinationRegion);
    }

    public static String event(String code) {
        return "event:" + code;
    }

    public static String region(String code) {
        return "region:" + code;
    }

    public static String industry(String division) {
        return "industry:" + division;
    }

    public static String park(String code) {
        return "park:" + code;
    }

    public static String chain(String code) {
        return "chain:" + code;
    }

    public static String regionIndustry(String regionCode, String division) {
        return "region-industry:" + regionCode + ":" + division;
    }

    public static String eventPrefecture(String eventCode, String prefecture) {
        return "event-prefecture:" + eventCode + ":" + prefecture;
    }

    public static String eventIndustry(String eventCode, String division) {
        return "event-industry:" + eventCode + ":" + division;
    }
}
