package cn.yanzhen.bench.replay;

import cn.yanzhen.contracts.reference.IndustryCatalogue;
import cn.yanzhen.contracts.reference.Region;
import cn.yanzhen.contracts.reference.RegionDirectory;
import cn.yanzhen.contracts.tracking.Stats;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Signing number {@code n} of an event of the replayed history, all of it derived from its number: its destination
 * (every prefecture of the directory in turn), division, investment, verdict, and whether it commenced (two in five)
 * or went overdue (one in twenty). Its scopes are those tracking counts it in.
 */
record ReplaySigning(String event, int n, String destination, String industryCode, long yuan, int verdict) {

    static final List<String> VERDICTS = List.of("RECOMMENDED", "ACCEPTABLE", "RISKY", "MISMATCH");
    static final LocalDate SIGNED = LocalDate.of(2025, 7, 20);

    static ReplaySigning of(String event, int n, List<String> destinations, List<String> divisions) {
        int verdict = n % 10 < 4 ? 0 : n % 10 < 7 ? 1 : n % 10 < 9 ? 2 : 3;
        return new ReplaySigning(event, n, destinations.get(n % destinations.size()),
                divisions.get((n * 7) % divisions.size()) + "10", 10_000_000L + 100_000L * (n % 1_000), verdict);
    }

    boolean commences() {
        return n % 5 < 2;
    }

    boolean overdue() {
        return n % 20 == 3;
    }

    UUID id() {
        return UUID.nameUUIDFromBytes((event + "/" + n).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    String name() {
        return "回放项目 " + event + "-" + n;
    }

    Stats.OverdueProject overdueProject() {
        return new Stats.OverdueProject(id(), name(), "回放投资有限公司 " + n, destination, yuan, SIGNED,
                SIGNED.plusMonths(6));
    }

    List<String> scopes(RegionDirectory regions, IndustryCatalogue industries) {
        List<String> scopes = new ArrayList<>(List.of("all", "event:" + event, "industry:" + industryCode.substring(0, 2)));
        List<Region> places = regions.selfAndAncestors(destination);
        places.forEach(region -> scopes.add("region:" + region.code()));
        String prefecture = places.stream().filter(region -> region.level() == Region.Level.PREFECTURE)
                .map(Region::code).findFirst().orElse(destination);
        scopes.add("event-prefecture:" + event + ":" + prefecture);
        scopes.add("event-industry:" + event + ":" + industryCode.substring(0, 2));
        scopes.add("zone-factor:" + places.get(0).zone() + ":" + industries.factorClass(industryCode));
        return scopes;
    }

    /** The prefectures and the county of the directory: the destinations signings go to in turn. */
    static List<String> destinations(RegionDirectory regions) {
        return regions.all().stream().filter(region -> region.level() != Region.Level.PROVINCE).map(Region::code)
                .sorted().toList();
    }
}
