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
    ENERGY_SHORTAGE,
    LABOUR_SHORTAGE,
    GREEN_POWER_FIT,
    HOMOGENEOUS_COMPETITION,
    UNKNOWN_CAPACITY
}
