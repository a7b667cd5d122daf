package cn.yanzhen.tracking.rounds.domain.sheet;

import cn.yanzhen.contracts.tracking.ProjectProgressed.ReportType;
import cn.yanzhen.platform.sheet.ColumnTitle;
import java.util.Arrays;
import java.util.Optional;

/**
 * The columns of a round's sheet (docs/contract.md §4.6.1): what tracking fills in for the office (which it never
 * reads back), and what the office fills in, each becoming a field of the reports the API takes (§4.4).
 */
public enum RoundSheetColumn {
    SIGNING_ID("项目编号", true, 38),
    PROJECT_NAME("项目名称", true, 28),
    DESTINATION("项目落地地", true, 12),
    LAST_MILESTONE("最新进展", true, 20),
    LAST_INVESTMENT("上次累计完成投资（万元）", true, 14),
    COMMENCED_ON("开工日期", false, 12),
    IN_PRODUCTION_ON("投产日期", false, 12),
    CUMULATIVE("累计完成投资（万元）", false, 14),
    AS_OF("截至日期", false, 12),
    NO_CHANGE_NOTE("无变化说明", false, 30),
    EVIDENCE_KIND("证明材料类型", false, 14),
    EVIDENCE_REFERENCE("证明材料编号", false, 24),
    EVIDENCE_ISSUED_ON("证明材料日期", false, 12);

    /** The unit the sheet's money is in; the API's is the yuan. */
    public static final String MONEY_UNIT = "万元";

    private final String title;
    private final boolean prefilled;
    private final int width;

    RoundSheetColumn(String title, boolean prefilled, int width) {
        this.title = title;
        this.prefilled = prefilled;
        this.width = width;
    }

    public String title() {
        return title;
    }

    /** Filled in by tracking from what it knows. */
    public boolean prefilled() {
        return prefilled;
    }

    /** Read back from an uploaded sheet: what the office fills in, and the id that says which project a row is. */
    public boolean read() {
        return !prefilled || this == SIGNING_ID;
    }

    /** The column's width in characters, wide enough for its title and typical content. */
    public int width() {
        return width;
    }

    /** The column a header cell names, spaces and the unit's brackets aside. */
    public static Optional<RoundSheetColumn> byTitle(ColumnTitle written) {
        return Arrays.stream(values()).filter(column -> ColumnTitle.parse(column.title).name().equals(written.name()))
                .findFirst();
    }

    /** Where a report's field is written in the sheet, for errors the API's rules name by field (§4.4). */
    public static RoundSheetColumn of(ReportType type, String field) {
        if (field.startsWith("evidence")) {
            return field.endsWith("issuedOn") ? EVIDENCE_ISSUED_ON : EVIDENCE_REFERENCE;
        }
        return switch (field) {
            case "asOf" -> AS_OF;
            case "cumulativeYuan", "correction", "reason" -> CUMULATIVE;
            case "note" -> NO_CHANGE_NOTE;
            case "on" -> type == ReportType.NO_CHANGE ? AS_OF : of(type);
            default -> SIGNING_ID;
        };
    }

    /** The column whose cell makes a report of this type. */
    public static RoundSheetColumn of(ReportType type) {
        return switch (type) {
            case COMMENCED -> COMMENCED_ON;
            case IN_PRODUCTION -> IN_PRODUCTION_ON;
            case INVESTMENT -> CUMULATIVE;
            case NO_CHANGE -> NO_CHANGE_NOTE;
            default -> SIGNING_ID;
        };
    }
}
