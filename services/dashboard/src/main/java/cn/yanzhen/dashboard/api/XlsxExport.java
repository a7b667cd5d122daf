package cn.yanzhen.dashboard.api;

import cn.yanzhen.dashboard.domain.Column;
import cn.yanzhen.dashboard.domain.ExportCaption;
import cn.yanzhen.dashboard.domain.Table;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A table as a SpreadsheetML workbook (ECMA-376) of one sheet, written directly, ready to print and forward: the
 * title (the table's scope) and a line with the as-of time in Beijing time and the units above a frozen, repeated
 * header; amounts as numbers formatted #,##0, rates as the fraction formatted 0.0%, times as Beijing date-times;
 * columns as wide as their contents. Title rows carry their row number and height, header and data rows none; the
 * two captions are merged across the table's columns and wrap inside them, so they print within the page's width.
 */
final class XlsxExport {

    private static final int CAPTION_ROWS = 2;
    private static final int MAX_WIDTH = 50;
    // the title's 14-point bold characters are this much wider than the 11-point ones widths count in
    private static final double TITLE_SCALE = 1.4;
    // Excel's day 0 is 1899-12-30 (its 1900 leap-year bug included)
    private static final LocalDateTime EXCEL_EPOCH = LocalDateTime.of(1899, 12, 30, 0, 0);

    private XlsxExport() {
    }

    static byte[] write(Table table, Instant asOf) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            entry(zip, "[Content_Types].xml", XlsxParts.CONTENT_TYPES);
            entry(zip, "_rels/.rels", XlsxParts.ROOT_RELATIONSHIPS);
            entry(zip, "xl/workbook.xml", workbook(table));
            entry(zip, "xl/_rels/workbook.xml.rels", XlsxParts.WORKBOOK_RELATIONSHIPS);
            entry(zip, "xl/styles.xml", XlsxParts.STYLES);
            entry(zip, "xl/worksheets/sheet1.xml", sheet(table, asOf));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static String workbook(Table table) {
        String name = escape(SpreadsheetText.of(table.name()));
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                + "<sheets><sheet name=\"" + name + "\" sheetId=\"1\" r:id=\"rId1\"/></sheets>"
                + "<definedNames><definedName name=\"_xlnm.Print_Titles\" localSheetId=\"0\">'" + name + "'!$"
                + (CAPTION_ROWS + 1) + ":$" + (CAPTION_ROWS + 1) + "</definedName></definedNames></workbook>";
    }

    private static String sheet(Table table, Instant asOf) {
        String lastColumn = columnName(Math.max(table.columns().size(), 1) - 1);
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr><sheetViews><sheetView workbookViewId=\"0\">"
                + "<pane ySplit=\"" + (CAPTION_ROWS + 1) + "\" topLeftCell=\"A" + (CAPTION_ROWS + 2)
                + "\" activePane=\"bottomLeft\" state=\"frozen\"/></sheetView></sheetViews>");
        int[] widths = ColumnWidths.of(table, MAX_WIDTH);
        int tableWidth = Arrays.stream(widths).sum();
        xml.append(ColumnWidths.cols(widths)).append("<sheetData>");
        // a merged cell never spills over: a caption wider than the table wraps, in rows made tall enough for it
        String title = table.title();
        String line = ExportCaption.of(table, asOf);
        caption(xml, 1, 24 * ColumnWidths.lines(title, tableWidth, TITLE_SCALE), XlsxParts.TITLE, title);
        caption(xml, 2, 16 * ColumnWidths.lines(line, tableWidth, 1) + 2, XlsxParts.CAPTION, line);
        xml.append("<row>");
        table.columns().forEach(column -> text(xml, XlsxParts.HEADER, CsvExport.heading(column)));
        xml.append("</row>");
        for (List<Object> row : table.rows()) {
            xml.append("<row>");
            for (int i = 0; i < row.size(); i++) {
                cell(xml, table.columns().get(i).kind(), row.get(i));
            }
            xml.append("</row>");
        }
        return xml.append("</sheetData><mergeCells count=\"2\"><mergeCell ref=\"A1:").append(lastColumn)
                .append("1\"/><mergeCell ref=\"A2:").append(lastColumn).append("2\"/></mergeCells>")
                .append("<pageSetup paperSize=\"9\" orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\"/>")
                .append("</worksheet>").toString();
    }

    private static void caption(StringBuilder xml, int row, int height, int style, String text) {
        xml.append("<row r=\"").append(row).append("\" ht=\"").append(height).append("\" customHeight=\"1\">");
        text(xml, style, text);
        xml.append("</row>");
    }

    private static void cell(StringBuilder xml, Column.Kind kind, Object value) {
        String time = kind == Column.Kind.TIME ? excelTime(value) : null;
        if (value instanceof Number number) {
            int style = kind == Column.Kind.YUAN ? XlsxParts.YUAN : kind == Column.Kind.RATE ? XlsxParts.RATE : 0;
            xml.append("<c s=\"").append(style).append("\"><v>").append(number).append("</v></c>");
        } else if (time != null) {
            xml.append("<c s=\"").append(XlsxParts.TIME).append("\"><v>").append(time).append("</v></c>");
        } else {
            text(xml, 0, value);
        }
    }

    private static void text(StringBuilder xml, int style, Object value) {
        xml.append("<c s=\"").append(style).append("\" t=\"inlineStr\"><is><t>")
                .append(escape(SpreadsheetText.of(value))).append("</t></is></c>");
    }

    /** An instant as Excel's serial date-time in Beijing time; null for text that is no instant. */
    static String excelTime(Object value) {
        try {
            LocalDateTime beijing = LocalDateTime.ofInstant(Instant.parse(String.valueOf(value)), ExportCaption.BEIJING);
            double days = ChronoUnit.SECONDS.between(EXCEL_EPOCH, beijing) / 86_400.0;
            return String.valueOf(days);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static String columnName(int index) {
        String name = "";
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            name = (char) ('A' + (i - 1) % 26) + name;
        }
        return name;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
