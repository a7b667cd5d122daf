package cn.yanzhen.platform.sheet;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates as offices type them: 2025-07-20, 2025/7/20, 2025.7.20, 2025年7月20日, a time after it ignored. */
public final class SheetDates {

    private static final Pattern NUMERIC = Pattern.compile(
            "(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)?");
    private static final Pattern CHINESE = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");

    private SheetDates() {
    }

    /** The date, or empty when the text is none of the accepted forms or names a day the calendar lacks. */
    public static Optional<LocalDate> parse(String text) {
        Matcher numeric = NUMERIC.matcher(text);
        if (numeric.matches()) {
            return date(numeric.group(1), numeric.group(3), numeric.group(4));
        }
        Matcher chinese = CHINESE.matcher(text);
        if (chinese.matches()) {
            return date(chinese.group(1), chinese.group(2), chinese.group(3));
        }
        return Optional.empty();
    }

    /** What a cell that is not a date is told, with the forms it may take. */
    public static String notADate(String cell) {
        return "「" + cell + "」不是日期，可写 2025-07-20、2025/7/20、2025.7.20 或 2025年7月20日 / is not a date such as "
                + "2025-07-20, 2025/7/20, 2025.7.20 or 2025年7月20日";
    }

    private static Optional<LocalDate> date(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
