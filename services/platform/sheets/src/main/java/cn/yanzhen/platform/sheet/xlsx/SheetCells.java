package cn.yanzhen.platform.sheet.xlsx;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.dhatim.fastexcel.Worksheet;

/** Cells the services' workbooks share: a merged banner row, and a value written as the number it is or as text. */
public final class SheetCells {

    // a plain decimal Excel holds exactly (15 significant digits) and without a leading zero that means something
    private static final Pattern EXACT_NUMBER = Pattern.compile("-?(0|[1-9]\\d{0,14})(\\.\\d{1,14})?");
    private static final int EXCEL_DIGITS = 15;

    private SheetCells() {
    }

    public static void banner(Worksheet sheet, int row, int lastColumn, String text, int fontSize) {
        sheet.value(row, 0, text);
        sheet.range(row, 0, row, lastColumn).merge();
        sheet.style(row, 0).fontSize(fontSize).bold().wrapText(fontSize < 12).set();
        sheet.rowHeight(row, fontSize < 12 ? 30 : 22);
    }

    /** Numbers stay numbers; text that reads as an exact number becomes one, so a fixed sheet can be summed. */
    public static void value(Worksheet sheet, int row, int column, Object value) {
        if (value instanceof Number number) {
            sheet.value(row, column, number);
        } else if (value instanceof String text && isExactNumber(text)) {
            sheet.value(row, column, new BigDecimal(text));
        } else {
            sheet.value(row, column, value == null ? "" : value.toString());
        }
    }

    private static boolean isExactNumber(String text) {
        return EXACT_NUMBER.matcher(text).matches() && new BigDecimal(text).precision() <= EXCEL_DIGITS;
    }
}
