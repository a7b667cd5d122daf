package cn.yanzhen.tracking.figures.domain;

import cn.yanzhen.contracts.reference.Region;
import cn.yanzhen.contracts.reference.RegionDirectory;
import java.util.ArrayList;
import java.util.List;

/**
 * The scopes whose figures a project counts in: {@code all}, {@code event:CODE}, {@code region:CODE}
 * for its destination and every region above it, and {@code industry:DD} for its division.
 */
public final class Scopes {

    public static final String ALL = "all";

    private final RegionDirectory regions;

    public Scopes(RegionDirectory regions) {
        this.regions = regions;
    }

    public List<String> of(String eventCode, String destinationRegion, String industryCode) {
        List<String> scopes = new ArrayList<>();
        scopes.add(ALL);
        scopes.add(event(eventCode));
        regions.selfAndAncestors(destinationRegion).stream().map(Region::code).map(Scopes::region).forEach(scopes::add);
        scopes.add(industry(industryCode.substring(0, 2)));
        return scopes;
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
}
