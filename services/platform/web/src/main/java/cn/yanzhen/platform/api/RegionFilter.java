package cn.yanzhen.platform.api;

import cn.yanzhen.contracts.reference.Region;
import cn.yanzhen.contracts.reference.RegionDirectory;
import java.util.List;

/** A {@code region=} query parameter: every known code inside the given one, or null when none is given. */
public final class RegionFilter {

    private RegionFilter() {
    }

    public static List<String> codesWithin(RegionDirectory regions, String region) {
        if (region == null || region.isBlank()) {
            return null;
        }
        String code = region.strip();
        if (!regions.contains(code)) {
            throw ProblemException.badRequest("region", "is not a known GB/T 2260 region code");
        }
        return regions.all().stream().map(Region::code).filter(candidate -> regions.isWithin(candidate, code)).toList();
    }
}
