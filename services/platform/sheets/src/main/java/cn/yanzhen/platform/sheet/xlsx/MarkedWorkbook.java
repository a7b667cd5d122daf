package cn.yanzhen.platform.sheet.xlsx;

import cn.yanzhen.platform.sheet.SheetMarks;
import cn.yanzhen.platform.sheet.SheetRow;
import cn.yanzhen.platform.validation.Violations.Violation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A refused sheet sent back to its author: the rows as the service read them (titles and cells in their places), each
 * bad cell filled red with a comment giving the error, and a second sheet listing every error, those with no cell
 * (a missing column) too. The uploaded file is not edited in place: a streaming reader keeps no workbook to edit,
 * so formatting and formulas of the original are not carried over.
 */
public final class MarkedWorkbook {

    public static final String ERRORS = "错误清单";
    public static final String MARK_FILL = "FFC7CE";
    private static final int MAX_WIDTH = 40;

    private MarkedWorkbook() {
    }

    /** The workbook, its first sheet named {@code sheetName} (at most 31 characters, as Excel allows). */
    public static byte[] write(String sheetName, List<SheetRow> rows, SheetMarks marks, List<Violation> errors) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(bytes, "Yanzhen", "1.0");
            Worksheet sheet = workbook.newWorksheet(sheetName);
            int[] widths = new int[1];
            for (SheetRow row : rows) {
                for (int column = 0; column < row.cells().size(); column++) {
                    SheetCells.value(sheet, row.number() - 1, column, row.cells().get(column));
                    // a title above the header spans the columns; it does not size the first one
                    if (row.number() >= marks.headerRow()) {
                        widths = widen(widths, column, row.cells().get(column));
                    }
                }
            }
            for (Map.Entry<SheetMarks.Cell, List<String>> mark : marks.byCell().entrySet()) {
                int row = mark.getKey().row() - 1;
                int column = mark.getKey().column();
                sheet.style(row, column).fillColor(MARK_FILL).fontColor("9C0006").set();
                sheet.comment(row, column, String.join("\n", mark.getValue()));
            }
            for (int column = 0; column < widths.length; column++) {
                sheet.width(column, Math.min(MAX_WIDTH, Math.max(8, widths[column] + 2)));
            }
            sheet.freezePane(0, marks.headerRow());
            printedAcrossOnePage(sheet);
            errorList(workbook.newWorksheet(ERRORS), errors);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void errorList(Worksheet sheet, List<Violation> errors) {
        sheet.value(0, 0, "位置 / Where");
        sheet.value(0, 1, "问题 / Problem");
        sheet.style(0, 0).bold().set();
        sheet.style(0, 1).bold().set();
        for (int i = 0; i < errors.size(); i++) {
            sheet.value(i + 1, 0, errors.get(i).field());
            sheet.value(i + 1, 1, errors.get(i).message());
        }
        sheet.width(0, 28);
        sheet.width(1, 90);
        printedAcrossOnePage(sheet);
    }

    private static void printedAcrossOnePage(Worksheet sheet) {
        sheet.pageOrientation("landscape");
        sheet.setFitToPage(true);
        sheet.fitToWidth((short) 1);
        sheet.fitToHeight((short) 0);
    }

    // a Chinese character is about two Latin ones wide
    private static int[] widen(int[] widths, int column, String text) {
        int[] grown = column < widths.length ? widths : Arrays.copyOf(widths, column + 1);
        int width = text.codePoints().map(c -> c < 0x2E80 ? 1 : 2).sum();
        grown[column] = Math.max(grown[column], width);
        return grown;
    }
}
