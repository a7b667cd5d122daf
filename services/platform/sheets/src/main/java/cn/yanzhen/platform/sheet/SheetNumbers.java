package cn.yanzhen.platform.sheet;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Numbers as offices type them into cells, thousands separators allowed, read and scaled as decimals: 12345.6789
 * 万元 is 123456789 yuan exactly, never a double's nearest neighbour.
 */
public final class SheetNumbers {

    private static final Pattern GROUPED = Pattern.compile("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?");

    private SheetNumbers() {
    }

    public static Optional<BigDecimal> number(String cell) {
        String plain = GROUPED.matcher(cell).matches() ? cell.replace(",", "") : cell;
        try {
            return Optional.of(new BigDecimal(plain));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public static String notANumber(String cell) {
        return "「" + cell + "」不是数字 / is not a number";
    }

    /** What an amount that does not come to whole yuan in the column's {@code unit} is told. */
    public static String notWholeYuan(String cell, String unit) {
        return "「" + cell + "」" + unit + "换算为元后不是整数 / " + cell + " " + unit + " does not come to whole yuan";
    }

    /** The amount when it is a whole number (10000.00 is), else empty. */
    public static Optional<BigInteger> whole(BigDecimal amount) {
        try {
            return Optional.of(amount.stripTrailingZeros().toBigIntegerExact());
        } catch (ArithmeticException e) {
            return Optional.empty();
        }
    }
}
