package cn.yanzhen.tracking;

import cn.yanzhen.platform.sheet.SheetRow;
import cn.yanzhen.platform.sheet.xlsx.SheetCells;
import cn.yanzhen.platform.sheet.xlsx.XlsxRows;
import cn.yanzhen.platform.validation.Violations;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A downloaded round sheet filled in as an office would: its rows copied, cells set by column title in the row of a
 * project id, rows added below, and saved with fastexcel (dates as date cells, amounts as numbers).
 */
public final class RoundSheetFilling {

    private final List<SheetRow> rows;
    private final SheetRow header;
    private final Map<Integer, Map<Integer, Object>> cells = new LinkedHashMap<>();
    private int lastRow;

    public RoundSheetFilling(byte[] downloaded) {
        rows = XlsxRows.rows(downloaded, 1000, new Violations());
        header = rows.stream().filter(row -> row.cells().contains("项目编号")).findFirst().orElseThrow();
        lastRow = rows.get(rows.size() - 1).number();
    }

    /** The sheet's row number of the project, if the sheet lists it. */
    public Optional<Integer> rowOf(Object signingId) {
        return rows.stream().filter(row -> row.cell(0).equals(signingId.toString())).map(SheetRow::number).findFirst();
    }

    /** The text the sheet gives the project under {@code title}. */
    public String cell(Object signingId, String title) {
        int row = rowOf(signingId).orElseThrow();
        return rows.stream().filter(candidate -> candidate.number() == row).findFirst().orElseThrow()
                .cell(header.cells().indexOf(title));
    }

    /** The project ids the sheet lists. */
    public List<String> projects() {
        return rows.stream().filter(row -> row.number() > header.number()).map(row -> row.cell(0)).toList();
    }

    public RoundSheetFilling fill(Object signingId, String title, Object value) {
        return set(rowOf(signingId).orElseThrow(), title, value);
    }

    /** A row added below the others, naming a project by its id. */
    public RoundSheetFilling addRow(Object signingId, String title, Object value) {
        lastRow++;
        set(lastRow, "项目编号", signingId.toString());
        return set(lastRow, title, value);
    }

    public RoundSheetFilling set(int row, String title, Object value) {
        int column = header.cells().indexOf(title);
        if (column < 0) {
            throw new IllegalArgumentException("no column " + title);
        }
        cells.computeIfAbsent(row, key -> new LinkedHashMap<>()).put(column, value);
        return this;
    }

    public byte[] xlsx() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(bytes, "LibreOffice", "7.4");
            Worksheet sheet = workbook.newWorksheet("进度填报");
            for (SheetRow row : rows) {
                for (int column = 0; column < row.cells().size(); column++) {
                    SheetCells.value(sheet, row.number() - 1, column, row.cells().get(column));
                }
            }
            cells.forEach((row, values) -> values.forEach((column, value) -> write(sheet, row - 1, column, value)));
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void write(Worksheet sheet, int row, int column, Object value) {
        if (value instanceof LocalDate date) {
            sheet.value(row, column, date);
            sheet.style(row, column).format("yyyy-mm-dd").set();
        } else {
            SheetCells.value(sheet, row, column, value);
        }
    }
}
