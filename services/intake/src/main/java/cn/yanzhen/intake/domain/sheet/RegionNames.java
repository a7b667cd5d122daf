package cn.yanzhen.intake.domain.sheet;

import cn.yanzhen.contracts.reference.Region;
import cn.yanzhen.contracts.reference.RegionDirectory;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Regions by GB/T 2260 code or by name as offices write it: 南宁市, or with its province, 广西壮族自治区南宁市. A name
 * that two regions share is not resolved: the code is needed then.
 */
public final class RegionNames {

    private static final Pattern CODE = Pattern.compile("\\d{6}");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u3000]+");

    private final Map<String, Set<String>> codesByName = new HashMap<>();

    public RegionNames(RegionDirectory regions) {
        for (Region region : regions.all()) {
            index(region.name(), region.code());
            index(fullName(regions, region.code()), region.code());
        }
    }

    /** The region's name after its province's and prefecture's: 广西壮族自治区北海市合浦县. */
    static String fullName(RegionDirectory regions, String code) {
        List<Region> chain = regions.selfAndAncestors(code);
        StringBuilder name = new StringBuilder();
        for (int i = chain.size() - 1; i >= 0; i--) {
            name.append(chain.get(i).name());
        }
        return name.toString();
    }

    /** The code for a code or a name; empty when the name is unknown or ambiguous. */
    public Optional<String> codeOf(String text) {
        String compact = SPACES.matcher(text).replaceAll("");
        if (CODE.matcher(compact).matches()) {
            return Optional.of(compact);
        }
        Set<String> codes = codesByName.getOrDefault(compact, Set.of());
        return codes.size() == 1 ? Optional.of(codes.iterator().next()) : Optional.empty();
    }

    private void index(String name, String code) {
        codesByName.computeIfAbsent(name, key -> new HashSet<>()).add(code);
    }
}
