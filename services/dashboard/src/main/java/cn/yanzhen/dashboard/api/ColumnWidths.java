package cn.yanzhen.dashboard.api;

import cn.yanzhen.dashboard.domain.Table;
import java.util.List;

/**
 * A sheet's {@code <cols>}: each column as wide as its heading or widest cell, a Chinese character counting two;
 * and how many lines a caption merged across them wraps to.
 */
final class ColumnWidths {

    private static final int MIN_WIDTH = 8;

    private ColumnWidths() {
    }

    /** Each column's width in characters. */
    static int[] of(Table table, int maxWidth) {
        int[] widths = new int[table.columns().size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = width(CsvExport.heading(table.columns().get(i)));
        }
        for (List<Object> row : table.rows()) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], width(String.valueOf(row.get(i))) + (row.get(i) instanceof Number ? 3 : 0));
            }
        }
        for (int i = 0; i < widths.length; i++) {
            widths[i] = Math.min(maxWidth, Math.max(MIN_WIDTH, widths[i] + 2));
        }
        return widths;
    }

    static String cols(int[] widths) {
        StringBuilder cols = new StringBuilder("<cols>");
        for (int i = 0; i < widths.length; i++) {
            cols.append("<col min=\"").append(i + 1).append("\" max=\"").append(i + 1).append("\" width=\"")
                    .append(widths[i]).append("\" customWidth=\"1\"/>");
        }
        return widths.length == 0 ? "" : cols.append("</cols>").toString();
    }

    /** How many lines {@code text} takes wrapped in a cell {@code width} characters wide, at {@code scale} the font. */
    static int lines(String text, int width, double scale) {
        return Math.max(1, (int) Math.ceil(width(text) * scale / Math.max(width, 1)));
    }

    private static int width(String text) {
        return text.codePoints().map(c -> c < 0x2E80 ? 1 : 2).sum();
    }
}
