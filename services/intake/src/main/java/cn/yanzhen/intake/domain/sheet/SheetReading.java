package cn.yanzhen.intake.domain.sheet;

import cn.yanzhen.platform.sheet.SheetRow;
import cn.yanzhen.platform.validation.Violations;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A sheet's rows as signings' fields: finds the header, skips what is above it, blank rows and the template's
 * example row, and reads each cell by its column. Rows keep the sheet's own numbers, except in the API's own CSV
 * (field names in the first row), whose rows count from the first signing as they always have.
 */
public final class SheetReading {

    private final SheetValues values;

    public SheetReading(SheetValues values) {
        this.values = values;
    }

    /**
     * The data rows; none, with the reason in {@code violations}, when the sheet has no usable header.
     *
     * @param cellsMatchHeader whether every row must have the header's cells (CSV), not only no more (a workbook)
     */
    public List<MappedRow> read(List<SheetRow> rows, boolean cellsMatchHeader, Violations violations) {
        Optional<SheetHeader> found = SheetHeader.find(rows, violations);
        if (found.isEmpty()) {
            return List.of();
        }
        SheetHeader header = found.get();
        List<MappedRow> mapped = new ArrayList<>();
        for (DataRow data : header.dataRows(rows)) {
            mapped.add(map(data.number(), data.row(), header, cellsMatchHeader));
        }
        return mapped;
    }

    private MappedRow map(int number, SheetRow row, SheetHeader header, boolean cellsMatchHeader) {
        Violations violations = new Violations();
        boolean tooFew = cellsMatchHeader && row.cells().size() < header.width();
        if (tooFew || row.hasContentFrom(header.width())) {
            violations.add("row", "有 " + row.cells().size() + " 个单元格，表头有 " + header.width() + " 个 / has "
                    + row.cells().size() + " cells, the header has " + header.width());
        }
        Map<String, String> fields = new HashMap<>();
        Map<String, String> titles = new HashMap<>();
        for (HeaderColumn column : header.columns()) {
            String field = column.column().field();
            titles.put(field, column.written());
            values.read(column, row.cell(column.index()), violations).ifPresent(text -> fields.put(field, text));
        }
        return new MappedRow(number, fields, violations, titles);
    }
}
