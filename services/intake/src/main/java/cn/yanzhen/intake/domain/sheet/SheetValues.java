package cn.yanzhen.intake.domain.sheet;

import cn.yanzhen.platform.sheet.ColumnTitle;
import cn.yanzhen.platform.sheet.SheetDates;
import cn.yanzhen.platform.sheet.SheetNumbers;
import cn.yanzhen.platform.validation.Violations;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Turns a cell under a Chinese title into the API's own text for its field: regions and industries by name to
 * codes, amounts in 万元 to whole yuan, 亩 to hectares, dates in any office form to yyyy-MM-dd. All arithmetic is
 * decimal, so 12345.6789 万元 is 123456789 yuan exactly. Cells under API field names pass unchanged: they keep
 * today's rules.
 */
public final class SheetValues {

    private final RegionNames regions;
    private final IndustryNames industries;

    public SheetValues(RegionNames regions, IndustryNames industries) {
        this.regions = regions;
        this.industries = industries;
    }

    /** The field's text, or empty with the reason recorded against the field. */
    public Optional<String> read(HeaderColumn column, String cell, Violations violations) {
        if (column.byFieldName() || cell.isEmpty()) {
            return Optional.of(cell);
        }
        String field = column.column().field();
        Optional<String> value = switch (column.column().kind()) {
            case TEXT -> Optional.of(cell);
            case REGION -> regions.codeOf(cell);
            case INDUSTRY -> industries.codeOf(cell);
            case DATE -> SheetDates.parse(cell).map(Object::toString);
            case MONEY -> SheetNumbers.number(cell).map(column.unit()::toApiUnit).flatMap(SheetValues::whole);
            case COUNT -> SheetNumbers.number(cell).flatMap(SheetValues::whole);
            case AREA, ENERGY -> SheetNumbers.number(cell).map(column.unit()::toApiUnit)
                    .map(amount -> amount.stripTrailingZeros().toPlainString());
            case DECIMAL -> SheetNumbers.number(cell).map(amount -> amount.stripTrailingZeros().toPlainString());
        };
        if (value.isEmpty()) {
            violations.add(field, problem(column, cell));
        }
        return value;
    }

    private static String problem(HeaderColumn column, String cell) {
        String quoted = "「" + cell + "」";
        return switch (column.column().kind()) {
            case REGION -> quoted + "不是已知的地区名称或 GB/T 2260 代码（重名的地区请写代码） / is not a known region "
                    + "name or GB/T 2260 code (write the code for a name two regions share)";
            case INDUSTRY -> quoted + "不是 GB/T 4754 行业代码或大类名称 / is not a GB/T 4754 code or division name";
            case DATE -> SheetDates.notADate(cell);
            case MONEY -> SheetNumbers.number(cell).isEmpty() ? SheetNumbers.notANumber(cell)
                    : SheetNumbers.notWholeYuan(cell, symbol(column));
            case COUNT -> quoted + "必须是整数 / must be a whole number";
            default -> SheetNumbers.notANumber(cell);
        };
    }

    private static String symbol(HeaderColumn column) {
        return ColumnTitle.parse(column.written()).unit();
    }

    private static Optional<String> whole(BigDecimal amount) {
        return SheetNumbers.whole(amount).map(Object::toString);
    }
}
