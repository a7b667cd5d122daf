package cn.yanzhen.platform.sheet;

import cn.yanzhen.platform.validation.Violations.Violation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where each error of a refused sheet belongs, so the sheet can go back to its author with the bad cells marked:
 * {@code row N: <title>} is the cell under that title in row N, {@code column <title>} the header cell, and an
 * error naming a whole row (or a field the sheet has no column for) its first cell. Errors on {@code body} have
 * no cell.
 */
public final class SheetMarks {

    /** A cell by the sheet's row number (from 1) and column index (from 0). */
    public record Cell(int row, int column) {
    }

    private static final Pattern ROW = Pattern.compile("row (\\d+): (.*)", Pattern.DOTALL);
    private static final Pattern COLUMN = Pattern.compile("column (.*)", Pattern.DOTALL);

    private final Map<Cell, List<String>> messages = new LinkedHashMap<>();
    private final List<String> headerCells;
    private final int headerRow;
    private final Map<Integer, Integer> sheetRowByNumber = new HashMap<>();

    private SheetMarks(SheetRow header, Map<Integer, Integer> sheetRowByNumber) {
        this.headerCells = header.cells().stream().map(SheetRow::strip).toList();
        this.headerRow = header.number();
        this.sheetRowByNumber.putAll(sheetRowByNumber);
    }

    /**
     * The marks for {@code errors} on a sheet whose header is {@code header}; {@code sheetRowByNumber} gives the
     * sheet's row for the number an error names, where the two differ (a row missing from it is its own number).
     */
    public static SheetMarks place(SheetRow header, Map<Integer, Integer> sheetRowByNumber, List<Violation> errors) {
        SheetMarks marks = new SheetMarks(header, sheetRowByNumber);
        errors.forEach(marks::add);
        return marks;
    }

    /** Each marked cell with its messages, in the order the errors came. */
    public Map<Cell, List<String>> byCell() {
        return Collections.unmodifiableMap(messages);
    }

    /** The header's row number (from 1). */
    public int headerRow() {
        return headerRow;
    }

    public boolean isEmpty() {
        return messages.isEmpty();
    }

    private void add(Violation error) {
        Matcher row = ROW.matcher(error.field());
        Matcher column = COLUMN.matcher(error.field());
        if (row.matches()) {
            int number = Integer.parseInt(row.group(1));
            mark(new Cell(sheetRowByNumber.getOrDefault(number, number), indexOf(row.group(2))),
                    "第 " + row.group(1) + " 行「" + row.group(2) + "」有误", error);
        } else if (column.matches()) {
            mark(new Cell(headerRow, indexOf(column.group(1))), "列「" + column.group(1) + "」有误", error);
        }
    }

    private int indexOf(String title) {
        int index = headerCells.indexOf(title);
        return Math.max(index, 0);
    }

    // the heading is bilingual even where the rule's own message is English only
    private void mark(Cell cell, String heading, Violation error) {
        messages.computeIfAbsent(cell, key -> new ArrayList<>())
                .add(heading + " / " + error.field() + "\n" + error.message());
    }
}
