package cn.yanzhen.dashboard;

import cn.yanzhen.contracts.chain.IndustrialChain;
import cn.yanzhen.contracts.park.Park;
import java.time.Instant;
import java.util.List;

/** Records of yanzhen.parks and yanzhen.chains as intake publishes them. */
public final class RegistryRecords {

    private static final Instant REGISTERED = Instant.parse("2025-06-01T02:00:00Z");

    private RegistryRecords() {
    }

    /** A park with no priority industries; {@code partner} null when nobody builds it with the park's own region. */
    public static Park park(String code, String name, String region, Park.Level level, double plannedMu,
                            double availableMu, String partner) {
        return new Park(code, name, region, level, plannedMu, availableMu, partner, List.of(), REGISTERED, REGISTERED);
    }

    public static IndustrialChain chain(String code, String province, String name, List<String> industries,
                                        List<String> leadFirms) {
        return new IndustrialChain(code, province, name, industries, leadFirms);
    }
}
