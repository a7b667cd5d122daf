package cn.yanzhen.platform.sheet;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A header cell split into its name and the unit in brackets: {@code 总投资（万元）} is 总投资 in 万元. Full-width
 * and half-width brackets, spaces anywhere (offices pad titles to centre them) are all accepted.
 *
 * @param written the title as the user wrote it, stripped, for error messages
 * @param name the title without unit and spaces
 * @param unit the unit without spaces, empty when none was written
 */
public record ColumnTitle(String written, String name, String unit) {

    private static final Pattern WITH_UNIT = Pattern.compile("(.*?)[(（\\[【]([^()（）\\[\\]【】]*)[)）\\]】]");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u3000]+");

    public static ColumnTitle parse(String cell) {
        String written = SheetRow.strip(cell);
        String compact = SPACES.matcher(written).replaceAll("");
        Matcher matcher = WITH_UNIT.matcher(compact);
        if (matcher.matches()) {
            return new ColumnTitle(written, matcher.group(1), matcher.group(2));
        }
        return new ColumnTitle(written, compact, "");
    }
}
