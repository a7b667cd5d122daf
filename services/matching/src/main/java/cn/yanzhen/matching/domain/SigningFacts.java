package cn.yanzhen.matching.domain;

import cn.yanzhen.contracts.reference.FactorClass;

/** What matching needs of a signing: where from and to, which industry, and what it asks of the region. */
public record SigningFacts(String originRegion, String destinationRegion, String industryCode, FactorClass factorClass,
                           double landHa, double energyGwhPerYear, long jobs) {

    /** The 3-digit GB/T 4754 group, or null for a code of 2 digits. */
    public String industryGroup() {
        return groupOf(industryCode);
    }

    /** The 3-digit group of a GB/T 4754 code, or null for a division (2 digits). */
    public static String groupOf(String industryCode) {
        return industryCode.length() >= 3 ? industryCode.substring(0, 3) : null;
    }

    public String division() {
        return industryCode.substring(0, 2);
    }
}
