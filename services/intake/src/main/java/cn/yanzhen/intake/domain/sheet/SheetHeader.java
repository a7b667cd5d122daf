package cn.yanzhen.intake.domain.sheet;

import cn.yanzhen.platform.sheet.ColumnTitle;
import cn.yanzhen.platform.sheet.SheetRow;
import cn.yanzhen.platform.validation.Violations;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The header row of a signing sheet: the first row where most filled cells are titles this service knows, so a
 * title row or notes above it are skipped. Problems with it are reported as {@code column <title>}.
 */
public record SheetHeader(SheetRow row, List<HeaderColumn> columns) {

    private static final int ROWS_SEARCHED = 20;

    /** Whether the body is the API's own CSV: field names in the first row, rows numbered from the first signing. */
    public boolean fieldNamesOnly() {
        return row.number() == 1 && columns.stream().allMatch(HeaderColumn::byFieldName);
    }

    public int width() {
        return row.cells().size();
    }

    /**
     * The rows that hold signings, each with the number errors give it: the sheet's own row number, or in the API's
     * own CSV the count from the first signing. Blank rows and the template's example row are not signings.
     */
    public List<DataRow> dataRows(List<SheetRow> rows) {
        List<DataRow> data = new ArrayList<>();
        for (SheetRow candidate : rows) {
            if (candidate.number() > row.number() && !candidate.isBlank() && !isExample(candidate)) {
                data.add(new DataRow(fieldNamesOnly() ? data.size() + 1 : candidate.number(), candidate));
            }
        }
        return data;
    }

    private boolean isExample(SheetRow candidate) {
        for (int index = 0; index < row.cells().size(); index++) {
            if (ColumnTitle.parse(row.cells().get(index)).name().equals(SigningColumn.SERIAL_TITLE)
                    && candidate.cell(index).equals(SigningColumn.EXAMPLE_MARK)) {
                return true;
            }
        }
        return false;
    }

    /** The row that looks like the header, even when its titles have problems. */
    public static Optional<SheetRow> rowOf(List<SheetRow> rows) {
        return rows.stream().filter(row -> !row.isBlank()).limit(ROWS_SEARCHED)
                .filter(SheetHeader::looksLikeHeader).findFirst();
    }

    /** The header, or empty with the reason in {@code violations}. */
    public static Optional<SheetHeader> find(List<SheetRow> rows, Violations violations) {
        Optional<SheetRow> headerRow = rowOf(rows);
        if (headerRow.isEmpty()) {
            violations.add("body", "找不到表头：前 " + ROWS_SEARCHED + " 行中没有一行大多是已知的列标题 / needs a header row "
                    + "naming the fields (API field names or Chinese titles such as 项目名称, 总投资（万元）)");
            return Optional.empty();
        }
        List<HeaderColumn> columns = columnsOf(headerRow.get(), violations);
        return violations.isEmpty() ? Optional.of(new SheetHeader(headerRow.get(), columns)) : Optional.empty();
    }

    private static boolean looksLikeHeader(SheetRow row) {
        long filled = row.cells().stream().filter(cell -> !SheetRow.strip(cell).isEmpty()).count();
        long known = row.cells().stream().map(ColumnTitle::parse).filter(SheetHeader::isKnown).count();
        return known >= 2 && known * 2 > filled;
    }

    private static boolean isKnown(ColumnTitle title) {
        return SigningColumn.byField(title.written()).isPresent() || SigningColumn.byTitle(title.name()).isPresent()
                || SigningColumn.IGNORED_TITLES.contains(title.name());
    }

    private static List<HeaderColumn> columnsOf(SheetRow row, Violations violations) {
        List<HeaderColumn> columns = new ArrayList<>();
        Map<SigningColumn, HeaderColumn> seen = new EnumMap<>(SigningColumn.class);
        Set<SigningColumn> named = EnumSet.noneOf(SigningColumn.class);
        for (int index = 0; index < row.cells().size(); index++) {
            ColumnTitle title = ColumnTitle.parse(row.cells().get(index));
            if (title.written().isEmpty() || SigningColumn.IGNORED_TITLES.contains(title.name())) {
                continue;
            }
            Optional<SigningColumn> byField = SigningColumn.byField(title.written());
            Optional<SigningColumn> column = byField.or(() -> SigningColumn.byTitle(title.name()));
            if (column.isEmpty()) {
                violations.add("column " + title.written(), "未知的列 / unknown column");
                continue;
            }
            named.add(column.get());
            Optional<HeaderColumn> recognised = byField.isPresent()
                    ? Optional.of(new HeaderColumn(index, title.written(), column.get(), null, true))
                    : withUnit(index, title, column.get(), violations);
            recognised.ifPresent(header -> {
                HeaderColumn earlier = seen.putIfAbsent(header.column(), header);
                if (earlier != null) {
                    violations.add("column " + header.written(), "与「" + earlier.written() + "」是同一字段 / names the "
                            + "same field as column " + earlier.written());
                } else {
                    columns.add(header);
                }
            });
        }
        boolean english = columns.stream().allMatch(HeaderColumn::byFieldName);
        for (SigningColumn required : SigningColumn.values()) {
            if (required.required() && !named.contains(required)) {
                violations.add("column " + (english ? required.field() : required.mainTitle()), "缺少必填列 / is required");
            }
        }
        return columns;
    }

    private static Optional<HeaderColumn> withUnit(int index, ColumnTitle title, SigningColumn column,
                                                   Violations violations) {
        SigningColumn.Kind kind = column.kind();
        Optional<SheetUnit> unit = SheetUnit.of(kind, title.unit());
        boolean unitMissing = kind.needsUnit() && title.unit().isEmpty();
        boolean unitUnknown = kind.isQuantity() && !title.unit().isEmpty() && unit.isEmpty();
        if (unitMissing || unitUnknown) {
            String symbols = SheetUnit.symbolsOf(kind);
            violations.add("column " + title.written(), (unitMissing ? "标题须注明单位" : "单位「" + title.unit() + "」不可用")
                    + "，可用：" + symbols + " / name the unit in brackets, one of " + symbols);
            return Optional.empty();
        }
        return Optional.of(new HeaderColumn(index, title.written(), column, unit.orElse(null), false));
    }
}
