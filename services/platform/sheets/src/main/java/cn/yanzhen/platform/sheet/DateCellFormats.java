package cn.yanzhen.platform.sheet;

import java.util.regex.Pattern;

/**
 * Whether a numeric spreadsheet cell is a date: OOXML stores dates as day numbers and only the cell's number
 * format tells them apart (ECMA-376 §18.8.30 built-in formats, or a custom code with year or day letters).
 */
public final class DateCellFormats {

    private static final Pattern LITERALS = Pattern.compile("\"[^\"]*\"|\\[[^]]*]|\\\\.|_.|\\*.");

    private DateCellFormats() {
    }

    public static boolean isDate(Integer formatId, String formatCode) {
        if (formatId != null && isBuiltInDate(formatId)) {
            return true;
        }
        if (formatCode == null) {
            return false;
        }
        String letters = LITERALS.matcher(formatCode).replaceAll("").toLowerCase();
        return letters.indexOf('y') >= 0 || letters.indexOf('d') >= 0;
    }

    // 14–22 and 45–47 everywhere; 27–36 and 50–58 are the date formats of the Chinese and Japanese locales
    private static boolean isBuiltInDate(int id) {
        return id >= 14 && id <= 17 || id == 22 || id >= 27 && id <= 36 || id >= 50 && id <= 58;
    }
}
