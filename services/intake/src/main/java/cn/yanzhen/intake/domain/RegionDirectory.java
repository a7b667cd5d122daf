package cn.yanzhen.intake.domain;

import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The GB/T 2260 codes Yanzhen knows (file columns: code,name,level,parent,zone). */
public final class RegionDirectory {

    private final Map<String, Region> regions;

    private RegionDirectory(Map<String, Region> regions) {
        this.regions = regions;
    }

    public static RegionDirectory fromCsv(InputStream in) {
        return new RegionDirectory(ReferenceCsv.rows(in).stream()
                .map(row -> new Region(row[0], row[1], row[2], row[3].isEmpty() ? null : row[3], row[4]))
                .collect(Collectors.toUnmodifiableMap(Region::code, Function.identity())));
    }

    public Optional<Region> find(String code) {
        return Optional.ofNullable(regions.get(code));
    }

    public boolean contains(String code) {
        return regions.containsKey(code);
    }

    public int size() {
        return regions.size();
    }
}
