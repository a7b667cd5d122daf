package cn.yanzhen.tracking.projects.domain;

/**
 * What an OUTCOME report says of a period (docs/contract.md §4.4.2): people employed at its end, output value and tax
 * paid in it. A part is null while the report is being read and that part was missing or malformed.
 */
public record Outcome(Period period, Long jobs, Long outputValueYuan, Long taxPaidYuan) {
}
