package cn.yanzhen.contracts.reference;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The GB/T 2260 codes Yanzhen knows: all 31 mainland provinces and the prefectures and counties of
 * the events (file {@code contracts/reference/regions.csv}: code,name,level,parent,zone).
 */
public final class RegionDirectory {

    private static final String RESOURCE = "contracts/reference/regions.csv";

    private final Map<String, Region> regions;

    private RegionDirectory(Map<String, Region> regions) {
        this.regions = regions;
    }

    /** The project's own reference file. */
    public static RegionDirectory load() {
        return new RegionDirectory(ReferenceCsv.rows(RESOURCE).stream()
                .map(row -> new Region(row[0], row[1], Region.Level.valueOf(row[2]), row[3].isEmpty() ? null : row[3],
                        Zone.valueOf(row[4])))
                .collect(Collectors.toUnmodifiableMap(Region::code, Function.identity())));
    }

    public Optional<Region> find(String code) {
        return Optional.ofNullable(regions.get(code));
    }

    public boolean contains(String code) {
        return regions.containsKey(code);
    }

    /** The region itself, then its parent, up to its province; empty for an unknown code. */
    public List<Region> selfAndAncestors(String code) {
        List<Region> chain = new ArrayList<>();
        for (Region region = regions.get(code); region != null; region = region.parent() == null ? null
                : regions.get(region.parent())) {
            chain.add(region);
        }
        return chain;
    }

    /** Whether {@code code} is {@code ancestor} or lies inside it. */
    public boolean isWithin(String code, String ancestor) {
        return selfAndAncestors(code).stream().anyMatch(region -> region.code().equals(ancestor));
    }

    public Collection<Region> all() {
        return regions.values();
    }

    public int size() {
        return regions.size();
    }
}
