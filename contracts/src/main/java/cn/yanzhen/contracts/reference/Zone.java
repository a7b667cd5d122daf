package cn.yanzhen.contracts.reference;

/** The National Bureau of Statistics' four economic zones, with the default gradient tier of each. */
public enum Zone {
    EAST(1),
    CENTRAL(2),
    NORTHEAST(2),
    WEST(3);

    private final int defaultTier;

    Zone(int defaultTier) {
        this.defaultTier = defaultTier;
    }

    /** 1 is the most developed ("uphill"); transfer runs from lower to higher tiers. */
    public int defaultTier() {
        return defaultTier;
    }
}
