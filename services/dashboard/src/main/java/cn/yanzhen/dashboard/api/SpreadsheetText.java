package cn.yanzhen.dashboard.api;

/**
 * Text as a spreadsheet cell may hold it. Names and notes come from other people's input: one starting with
 * {@code = + - @} (or a tab or carriage return) would run as a formula when the file is opened (CSV injection,
 * e.g. {@code =HYPERLINK(…)}), so it gets a leading apostrophe and shows as the text it is; control characters
 * are not allowed in a workbook's XML and break rows in CSV, so each becomes a space.
 */
final class SpreadsheetText {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private SpreadsheetText() {
    }

    /** Null (a rate or median with nothing to measure yet) is an empty cell. */
    static String of(Object value) {
        String text = value == null ? "" : String.valueOf(value);
        boolean formula = !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0;
        StringBuilder safe = new StringBuilder(text.length() + 1).append(formula ? "'" : "");
        text.codePoints().forEach(c -> safe.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
        return safe.toString();
    }
}
