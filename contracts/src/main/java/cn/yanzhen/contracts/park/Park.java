package cn.yanzhen.contracts.park;

import java.time.Instant;
import java.util.List;

/**
 * An industrial park (园区) as intake registers it (docs/contract.md §4.1.5): the payload of
 * {@code yanzhen.park.changed} and intake's REST representation. Land is in 亩 (mu, 1/15 ha), as parks report it.
 * {@code partner} is the region that builds the park together with the park's own (共建), null when none.
 */
public record Park(
        String code,
        String name,
        String region,
        Level level,
        double plannedLandMu,
        double availableLandMu,
        String partner,
        List<String> priorityIndustries,
        Instant registeredAt,
        Instant updatedAt) {

    public Park {
        priorityIndustries = priorityIndustries == null ? List.of() : List.copyOf(priorityIndustries);
    }

    /** Who approved the park: 国家级, 省级, 市级, 县级. */
    public enum Level {
        NATIONAL,
        PROVINCIAL,
        MUNICIPAL,
        COUNTY
    }
}
