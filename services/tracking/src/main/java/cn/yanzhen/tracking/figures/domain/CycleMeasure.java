package cn.yanzhen.tracking.figures.domain;

/**
 * What a scope's cycle-time histogram counts (docs/contract.md §4.5.1): for the two steps, the days a project took;
 * for the two waits, the epoch day since which an open project has waited.
 */
public enum CycleMeasure {
    SIGNING_TO_COMMENCEMENT,
    COMMENCEMENT_TO_PRODUCTION,
    AWAITING_COMMENCEMENT,
    AWAITING_PRODUCTION,
    /** Days from production to design capacity (达产), over the projects that reached it. */
    PRODUCTION_TO_DESIGN_CAPACITY
}
