package cn.yanzhen.platform.sheet.xlsx;

import cn.yanzhen.platform.sheet.CellNumbers;
import cn.yanzhen.platform.sheet.DateCellFormats;
import cn.yanzhen.platform.sheet.RowLimit;
import cn.yanzhen.platform.sheet.SheetRow;
import cn.yanzhen.platform.validation.Violations;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

/**
 * The first worksheet of an .xlsx body as sheet rows, streamed (fastexcel-reader: README, "Signing sheets").
 * Numbers are read from the decimal text the file stores, never through a double; date cells become yyyy-MM-dd.
 */
public final class XlsxRows {

    private static final ReadingOptions WITH_FORMATS = new ReadingOptions(true, false);
    // no sheet a service reads has more columns; those past this are not read at all
    private static final int MAX_COLUMNS = 64;

    private XlsxRows() {
    }

    public static List<SheetRow> rows(byte[] body, int maxRows, Violations violations) {
        WorkbookSize.check(body);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(body), WITH_FORMATS);
             Stream<Row> stream = workbook.getFirstSheet().openStream()) {
            List<SheetRow> rows = new ArrayList<>();
            for (Iterator<Row> it = stream.iterator(); it.hasNext(); ) {
                if (rows.size() == maxRows) {
                    violations.add("body", RowLimit.exceeded(maxRows));
                    return List.of();
                }
                Row row = it.next();
                rows.add(new SheetRow(row.getRowNum(), cells(row)));
            }
            return rows;
        } catch (IOException | UncheckedIOException | ExcelReaderException | IllegalArgumentException
                 | IllegalStateException e) {
            violations.add("body", "不是可读的 .xlsx 工作簿 / is not a readable .xlsx workbook");
            return List.of();
        }
    }

    private static List<String> cells(Row row) {
        int width = Math.min(row.getCellCount(), MAX_COLUMNS);
        List<String> cells = new ArrayList<>(width);
        for (int i = 0; i < width; i++) {
            cells.add(text(row.getCell(i)));
        }
        return cells;
    }

    private static String text(Cell cell) {
        if (cell == null || cell.getType() == null) {
            return "";
        }
        return switch (cell.getType()) {
            case NUMBER -> DateCellFormats.isDate(cell.getDataFormatId(), cell.getDataFormatString())
                    ? cell.asDate().toLocalDate().toString() : CellNumbers.asTyped(cell.getRawValue());
            case EMPTY -> "";
            default -> cell.getText() == null ? "" : cell.getText();
        };
    }
}
