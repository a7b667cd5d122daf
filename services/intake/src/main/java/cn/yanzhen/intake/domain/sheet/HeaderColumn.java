package cn.yanzhen.intake.domain.sheet;

/**
 * A recognised header cell: where it is, what the user wrote, the field it fills and the unit of its numbers
 * (null when the title is the API field name, whose values are in the API's own unit and format).
 */
public record HeaderColumn(int index, String written, SigningColumn column, SheetUnit unit, boolean byFieldName) {
}
