package cn.yanzhen.tracking.rounds.domain.sheet;

import cn.yanzhen.platform.sheet.ColumnTitle;
import cn.yanzhen.platform.sheet.SheetRow;
import cn.yanzhen.platform.validation.Violations;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The header of an uploaded round sheet: the first row, among the first few, with a 项目编号 title (the title and
 * note rows above it are skipped), and where each known column is. Columns an office added are not read.
 */
public record RoundSheetHeader(SheetRow row, Map<RoundSheetColumn, Integer> indexes,
                               Map<RoundSheetColumn, String> titles) {

    private static final int ROWS_SEARCHED = 20;

    /** The header, or empty with the reason in {@code violations}, each named {@code body} or {@code column <title>}. */
    public static Optional<RoundSheetHeader> find(List<SheetRow> rows, Violations violations) {
        Optional<SheetRow> found = rowOf(rows);
        if (found.isEmpty()) {
            violations.add("body", "找不到表头：前 " + ROWS_SEARCHED + " 行中没有「" + RoundSheetColumn.SIGNING_ID.title()
                    + "」列 / needs the header row of the round's sheet, with a column " + RoundSheetColumn.SIGNING_ID.title());
            return Optional.empty();
        }
        Map<RoundSheetColumn, Integer> indexes = new EnumMap<>(RoundSheetColumn.class);
        Map<RoundSheetColumn, String> titles = new EnumMap<>(RoundSheetColumn.class);
        SheetRow header = found.get();
        for (int index = 0; index < header.cells().size(); index++) {
            ColumnTitle title = ColumnTitle.parse(header.cells().get(index));
            Optional<RoundSheetColumn> column = RoundSheetColumn.byTitle(title);
            if (column.isEmpty() || !column.get().read()) {
                continue;
            }
            if (indexes.putIfAbsent(column.get(), index) != null) {
                violations.add("column " + title.written(), "与「" + titles.get(column.get()) + "」是同一列 / names the "
                        + "same column as " + titles.get(column.get()));
            } else if (column.get() == RoundSheetColumn.CUMULATIVE && !RoundSheetColumn.MONEY_UNIT.equals(title.unit())) {
                violations.add("column " + title.written(), "金额单位须为" + RoundSheetColumn.MONEY_UNIT
                        + " / the amount's unit must be " + RoundSheetColumn.MONEY_UNIT);
            }
            titles.putIfAbsent(column.get(), title.written());
        }
        return violations.isEmpty() ? Optional.of(new RoundSheetHeader(header, indexes, titles)) : Optional.empty();
    }

    /** The row that looks like the header, even when its titles have problems. */
    public static Optional<SheetRow> rowOf(List<SheetRow> rows) {
        return rows.stream().limit(ROWS_SEARCHED).filter(RoundSheetHeader::namesProjects).findFirst();
    }

    /** The cell of {@code column} in {@code row}, stripped; empty when the sheet has no such column. */
    public String cell(SheetRow row, RoundSheetColumn column) {
        Integer index = indexes.get(column);
        return index == null ? "" : row.cell(index);
    }

    /** The column's title as the sheet writes it, which errors name. */
    public String title(RoundSheetColumn column) {
        return titles.getOrDefault(column, column.title());
    }

    private static boolean namesProjects(SheetRow row) {
        return row.cells().stream().map(ColumnTitle::parse).anyMatch(title -> RoundSheetColumn.byTitle(title)
                .filter(column -> column == RoundSheetColumn.SIGNING_ID).isPresent());
    }
}
