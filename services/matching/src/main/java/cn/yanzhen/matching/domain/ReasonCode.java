package cn.yanzhen.matching.domain;

/** Why a signing fits its destination or not (docs/contract.md §5). */
public enum ReasonCode {
    GRADIENT_ALIGNED,
    GRADIENT_INVERTED,
    GRADIENT_LEAP,
    INDUSTRIAL_BASE_MATCH,
    PRIORITISED_INDUSTRY,
    RESTRICTED_INDUSTRY,
    LAND_SHORTAGE,
    /** The signing's land (landHa × 15 亩) exceeds what remains unreserved in the park it names. */
    PARK_LAND_SHORT,
    ENERGY_SHORTAGE,
    LABOUR_SHORTAGE,
    GREEN_POWER_FIT,
    HOMOGENEOUS_COMPETITION,
    UNKNOWN_CAPACITY
}
