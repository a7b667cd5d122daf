package cn.yanzhen.tracking.figures.domain;

import java.util.Arrays;
import java.util.Optional;

/** The two levels flows are kept at (docs/contract.md §4.5.5): between provinces and between zones. */
public enum FlowLevel {
    PROVINCE(SendingScopes.FLOW),
    ZONE(SendingScopes.ZONE_FLOW);

    private final String scopePrefix;

    FlowLevel(String scopePrefix) {
        this.scopePrefix = scopePrefix;
    }

    /** What the names of this level's scopes start with. */
    public String scopePrefix() {
        return scopePrefix;
    }

    /** The level a query names, in lower case ({@code province}, {@code zone}); empty for any other word. */
    public static Optional<FlowLevel> named(String name) {
        return Arrays.stream(values()).filter(level -> level.name().toLowerCase().equals(name)).findFirst();
    }
}
