package cn.yanzhen.dashboard.api;

import cn.yanzhen.dashboard.domain.Column;
import cn.yanzhen.dashboard.domain.Table;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/** RFC 4180 CSV of a table: a heading row, then its rows; amounts stay exact yuan, text never runs as a formula. */
final class CsvExport {

    /** Excel opens UTF-8 CSV as UTF-8 (and shows the Chinese) only after this mark. */
    static final String BYTE_ORDER_MARK = "\uFEFF";

    private CsvExport() {
    }

    /** UTF-8 with its byte order mark; GB18030, which Excel on a Chinese Windows machine opens as it is, without. */
    static byte[] write(Table table, Charset charset) {
        String text = write(table);
        boolean marked = charset.equals(StandardCharsets.UTF_8);
        return (marked ? text : text.substring(BYTE_ORDER_MARK.length())).getBytes(charset);
    }

    static String write(Table table) {
        StringBuilder csv = new StringBuilder(BYTE_ORDER_MARK);
        csv.append(line(table.columns().stream().map(CsvExport::heading).map(Object.class::cast).toList()));
        table.rows().forEach(row -> csv.append(line(row)));
        return csv.toString();
    }

    /** The heading names the unit where the page shows another one (亿元 on screen, yuan in the file). */
    static String heading(Column column) {
        return column.kind() == Column.Kind.YUAN ? column.label() + "（元）" : column.label();
    }

    private static String line(List<Object> cells) {
        return cells.stream().map(CsvExport::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    private static String cell(Object value) {
        if (value instanceof Number number) {
            return number.toString();
        }
        String text = SpreadsheetText.of(value);
        if (text.contains(",") || text.contains("\"")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
