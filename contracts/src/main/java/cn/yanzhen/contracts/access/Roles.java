package cn.yanzhen.contracts.access;

import java.util.List;

/** The roles a bearer token names in its {@code groups} claim. */
public final class Roles {

    /** Registers matchmaking events and submits or withdraws their signings. */
    public static final String ORGANISER = "organiser";
    /** Maintains capacity and reports progress inside its {@code region} claim. */
    public static final String REGIONAL_OFFICE = "regional-office";
    /**
     * Verifies or rejects progress reports inside its {@code region} claim, never its own: the person who
     * records a result is not the one who checks it.
     */
    public static final String VERIFIER = "verifier";
    /** Reads figures and the audit trail; never writes. */
    public static final String MONITOR = "monitor";
    /** May do every write anywhere. */
    public static final String ADMIN = "admin";

    public static final List<String> ALL = List.of(ORGANISER, REGIONAL_OFFICE, VERIFIER, MONITOR, ADMIN);

    private Roles() {
    }
}
