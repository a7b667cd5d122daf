package cn.yanzhen.tracking.figures.domain;

/**
 * What a scope's monthly series counts (docs/contract.md §4.5.6), each in the month of the date that makes it: signings
 * by their signing date, each milestone by the day the project reached it, each verified milestone by that day as a
 * verifier confirmed it.
 */
public enum MonthMeasure {
    SIGNED,
    COMMENCED,
    IN_PRODUCTION,
    REACHED_DESIGN_CAPACITY,
    VERIFIED_COMMENCED,
    VERIFIED_IN_PRODUCTION
}
