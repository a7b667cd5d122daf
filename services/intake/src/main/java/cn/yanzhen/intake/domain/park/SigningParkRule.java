package cn.yanzhen.intake.domain.park;

import cn.yanzhen.contracts.park.Park;
import cn.yanzhen.contracts.reference.RegionDirectory;
import cn.yanzhen.intake.domain.SigningSubmission;
import cn.yanzhen.platform.validation.Violations;
import java.util.Map;

/**
 * A signing that names its park by code (docs/contract.md §4.1.5): the park must be registered in a region that is
 * the signing's destination or contains it, and the signing's {@code park} becomes the park's name.
 */
public final class SigningParkRule {

    private final RegionDirectory regions;

    public SigningParkRule(RegionDirectory regions) {
        this.regions = regions;
    }

    /**
     * The submission with the named park's name as {@code park}; unchanged when it names no park code or breaks
     * the rule, which adds a violation. {@code parks} holds the registered parks among those named, by code.
     */
    public SigningSubmission place(SigningSubmission signing, Map<String, Park> parks, Violations violations) {
        if (signing.parkCode() == null || violations.has("parkCode")) {
            return signing;
        }
        Park park = parks.get(signing.parkCode());
        if (park == null) {
            violations.add("parkCode", "没有代码为 " + signing.parkCode() + " 的园区 / no park has code "
                    + signing.parkCode());
            return signing;
        }
        String destination = signing.destinationRegion();
        if (destination != null && regions.contains(destination) && !regions.isWithin(destination, park.region())) {
            violations.add("parkCode", "园区 " + park.code() + " 位于 " + park.region() + "，不含项目落地地 " + destination
                    + " / park " + park.code() + " lies in " + park.region() + ", which does not contain "
                    + "destinationRegion " + destination);
            return signing;
        }
        if (signing.park() != null && !signing.park().equals(park.name())) {
            violations.add("park", "填写园区代码时须为该园区名称「" + park.name() + "」或不填 / must be the name of park "
                    + park.code() + " (" + park.name() + ") or left out");
            return signing;
        }
        return signing.withPark(park.name());
    }
}
