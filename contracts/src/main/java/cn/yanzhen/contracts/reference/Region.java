package cn.yanzhen.contracts.reference;

/** A GB/T 2260 administrative division. {@code parent} is null for a province. */
public record Region(String code, String name, Level level, String parent, Zone zone) {

    public enum Level {
        PROVINCE,
        PREFECTURE,
        COUNTY
    }
}
