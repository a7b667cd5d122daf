package cn.yanzhen.intake.api;

/** The answer to an accepted batch: new signings, and rows that repeated ones already stored. */
public record BatchResult(int accepted, int duplicates) {
}
