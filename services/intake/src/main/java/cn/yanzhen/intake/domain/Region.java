package cn.yanzhen.intake.domain;

/** A GB/T 2260 administrative division. {@code parent} is null for a province. */
public record Region(String code, String name, String level, String parent, String zone) {
}
