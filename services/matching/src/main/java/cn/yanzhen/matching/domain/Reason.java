package cn.yanzhen.matching.domain;

/** One reason behind a score: its code, what it adds or takes away, and why, for a person. */
public record Reason(ReasonCode code, int weight, String detail) {
}
