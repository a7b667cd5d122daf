package cn.yanzhen.dashboard.domain;

/** A table column: its Chinese heading and what its cells hold, which decides how the page shows them. */
public record Column(String label, Kind kind) {

    public enum Kind {
        /** Words or codes. */
        TEXT,
        /** A whole count. */
        COUNT,
        /** Exact yuan; the page shows 亿元 and the exact figure on hover, exports keep the yuan. */
        YUAN,
        /** A figure with two decimals in the unit its label names (亩, 万元/亩); null when there is none to measure. */
        DECIMAL,
        /** A share between 0 and 1, shown as a percentage. */
        RATE,
        /** An instant (ISO-8601, UTC); the page shows it in Asia/Shanghai. */
        TIME
    }

    public static Column text(String label) {
        return new Column(label, Kind.TEXT);
    }

    public static Column count(String label) {
        return new Column(label, Kind.COUNT);
    }

    public static Column yuan(String label) {
        return new Column(label, Kind.YUAN);
    }

    public static Column decimal(String label) {
        return new Column(label, Kind.DECIMAL);
    }

    public static Column rate(String label) {
        return new Column(label, Kind.RATE);
    }

    public static Column time(String label) {
        return new Column(label, Kind.TIME);
    }
}
