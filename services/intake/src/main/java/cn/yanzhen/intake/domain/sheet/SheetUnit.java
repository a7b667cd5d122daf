package cn.yanzhen.intake.domain.sheet;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The units offices write in a title's brackets, each with its exact factor to the API's unit (yuan,
 * hectares, GWh a year). 亩 is 1/15 hectare, which no decimal holds exactly: land is rounded to
 * {@link #AREA_SCALE} places, a square metre's precision far below any survey's.
 */
public enum SheetUnit {
    YUAN(SigningColumn.Kind.MONEY, "1", 1, "元"),
    TEN_THOUSAND_YUAN(SigningColumn.Kind.MONEY, "10000", 1, "万元"),
    HUNDRED_MILLION_YUAN(SigningColumn.Kind.MONEY, "100000000", 1, "亿元"),
    HECTARE(SigningColumn.Kind.AREA, "1", 1, "公顷", "ha", "万平方米"),
    MU(SigningColumn.Kind.AREA, "1", 15, "亩"),
    SQUARE_METRE(SigningColumn.Kind.AREA, "1", 10000, "平方米", "m2", "㎡"),
    GWH(SigningColumn.Kind.ENERGY, "1", 1, "GWh", "吉瓦时", "百万千瓦时"),
    HUNDRED_MILLION_KWH(SigningColumn.Kind.ENERGY, "100", 1, "亿千瓦时", "亿度"),
    TEN_THOUSAND_KWH(SigningColumn.Kind.ENERGY, "1", 100, "万千瓦时", "万度", "万kWh"),
    MWH(SigningColumn.Kind.ENERGY, "1", 1000, "兆瓦时", "MWh"),
    KWH(SigningColumn.Kind.ENERGY, "1", 1000000, "千瓦时", "kWh", "度"),
    PEOPLE(SigningColumn.Kind.COUNT, "1", 1, "人", "个");

    static final int AREA_SCALE = 6;

    private final SigningColumn.Kind kind;
    private final BigDecimal multiplier;
    private final BigDecimal divisor;
    private final List<String> symbols;

    SheetUnit(SigningColumn.Kind kind, String multiplier, int divisor, String... symbols) {
        this.kind = kind;
        this.multiplier = new BigDecimal(multiplier);
        this.divisor = BigDecimal.valueOf(divisor);
        this.symbols = List.of(symbols);
    }

    /** The unit of this kind written {@code symbol} (case-insensitive for Latin letters). */
    public static Optional<SheetUnit> of(SigningColumn.Kind kind, String symbol) {
        return Arrays.stream(values()).filter(unit -> unit.kind == kind)
                .filter(unit -> unit.symbols.stream().anyMatch(symbol::equalsIgnoreCase)).findFirst();
    }

    /** The symbols accepted for a kind, for the message naming them. */
    public static String symbolsOf(SigningColumn.Kind kind) {
        return String.join(" / ", Arrays.stream(values()).filter(unit -> unit.kind == kind)
                .map(unit -> unit.symbols.get(0)).toList());
    }

    /** How the unit is written in a title's brackets. */
    public String symbol() {
        return symbols.get(0);
    }

    /** The value in the API's unit: exact when the divisor is 1, else rounded to {@link #AREA_SCALE} places. */
    public BigDecimal toApiUnit(BigDecimal value) {
        BigDecimal scaled = value.multiply(multiplier);
        if (divisor.compareTo(BigDecimal.ONE) == 0) {
            return scaled;
        }
        return scaled.divide(divisor, AREA_SCALE, RoundingMode.HALF_UP);
    }
}
