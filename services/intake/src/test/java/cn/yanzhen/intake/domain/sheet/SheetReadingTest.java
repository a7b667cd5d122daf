package cn.yanzhen.intake.domain.sheet;

import static cn.yanzhen.intake.domain.sheet.SheetHeaderTest.row;
import static org.assertj.core.api.Assertions.assertThat;

import cn.yanzhen.platform.sheet.SheetRow;
import cn.yanzhen.platform.validation.Violations;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SheetReadingTest {

    private static final SheetReading READING = new SheetReading(SheetValuesTest.VALUES);
    private static final SheetRow HEADER = row(2, "项目编号", "项目名称", "投资方", "统一社会信用代码", "投资方所在地",
            "项目落地地", "行业代码", "总投资（亿元）", "签约日期", "用地（公顷）");

    @Test
    void rowsKeepTheSheetsNumbersAndBlankRowsAreSkipped() {
        List<MappedRow> rows = READING.read(List.of(row(1, "签约项目表"), HEADER,
                row(3, "GX-1", "项目", "某公司", "91440300MA5F0000X1", "深圳市", "北海市", "3825", "15", "2025/7/20", ""),
                row(4), row(5, "GX-2", "项目二", "某公司", "91440300MA5F0000X1", "440300", "450500", "33", "0.5",
                        "2025-07-19", "2"), row(6, "", " ")), false, new Violations());

        assertThat(rows).extracting(MappedRow::number).containsExactly(3, 5);
        assertThat(rows.get(0).fields()).containsEntry("investmentYuan", "1500000000")
                .containsEntry("destinationRegion", "450500").containsEntry("signedOn", "2025-07-20")
                .containsEntry("landHa", "");
        assertThat(rows.get(0).titles()).containsEntry("investmentYuan", "总投资（亿元）");
    }

    private static final SheetRow FIELD_NAMES = row(1, "projectName", "externalRef", "investor.name",
            "investor.creditCode", "investor.originRegion", "destinationRegion", "industryCode", "investmentYuan",
            "signedOn");

    @Test
    void theApisOwnCsvCountsRowsFromTheFirstSigning() {
        List<MappedRow> rows = READING.read(List.of(FIELD_NAMES, row(2, "A", "B"), row(3, "C", "D")), false,
                new Violations());

        assertThat(rows).extracting(MappedRow::number).containsExactly(1, 2);
        assertThat(rows.get(0).titles()).containsEntry("projectName", "projectName");
    }

    @Test
    void aCsvRowWithFewerCellsThanTheHeaderOrContentPastItIsAnError() {
        String[] full = {"A", "B", "C", "D", "E", "F", "G", "H", "I"};
        List<String> tooMany = new ArrayList<>(List.of(full));
        tooMany.add("J");
        List<String> blankPast = new ArrayList<>(List.of(full));
        blankPast.add(" ");
        List<MappedRow> rows = READING.read(List.of(FIELD_NAMES, row(2, "A"), new SheetRow(3, tooMany),
                new SheetRow(4, blankPast)), true, new Violations());

        assertThat(rows).extracting(row -> row.violations().has("row")).containsExactly(true, true, false);
    }
}
