package cn.yanzhen.platform.sheet;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The number a person typed into a spreadsheet cell. Files store the binary double, and some writers spell it with
 * 17 digits (12345.678900000001 for 12345.6789); Excel keeps and shows 15 significant digits, so rounding to 15
 * gives back what was typed, and 万元 amounts still convert to whole yuan.
 */
public final class CellNumbers {

    private static final MathContext SPREADSHEET_PRECISION = new MathContext(15);

    private CellNumbers() {
    }

    /** The stored text as typed; text that is not a number is returned as it is. */
    public static String asTyped(String stored) {
        try {
            return new BigDecimal(stored).round(SPREADSHEET_PRECISION).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return stored;
        }
    }
}
