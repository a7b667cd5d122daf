package cn.yanzhen.intake.domain.sheet;

import static cn.yanzhen.intake.domain.sheet.SheetHeaderTest.row;
import static org.assertj.core.api.Assertions.assertThat;

import cn.yanzhen.platform.sheet.SheetMarks;
import cn.yanzhen.platform.sheet.SheetRow;
import cn.yanzhen.platform.validation.Violations.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

class SheetMarksTest {

    private static final List<SheetRow> SHEET = List.of(row(1, "签约项目表"), row(2), row(3, "序号", "项目编号", "项目名称",
            "投资方", "统一社会信用代码", "投资方所在地", "项目落地地", "行业代码", "总投资（万元）", "签约日期"),
            row(4, "示例", "GX-0"), row(5, "1", "GX-1"), row(6), row(7, "2", "GX-2"));

    @Test
    void aRowErrorMarksTheCellUnderItsTitleInThatRow() {
        SheetMarks marks = SigningSheetMarks.place(SHEET, List.of(new Violation("row 5: 项目落地地", "「火星市」不是已知的地区"),
                new Violation("row 7: 总投资（万元）", "不是数字"), new Violation("row 7: 签约日期", "不是日期"))).orElseThrow();

        assertThat(marks.byCell()).containsOnlyKeys(new SheetMarks.Cell(5, 6), new SheetMarks.Cell(7, 8),
                new SheetMarks.Cell(7, 9));
        assertThat(marks.byCell().get(new SheetMarks.Cell(5, 6)))
                .containsExactly("第 5 行「项目落地地」有误 / row 5: 项目落地地\n「火星市」不是已知的地区");
    }

    @Test
    void aWholeRowOrAFieldWithoutAColumnMarksTheRowsFirstCellAndAColumnErrorItsTitle() {
        SheetMarks marks = SigningSheetMarks.place(SHEET, List.of(new Violation("row 5: row", "多了单元格"),
                new Violation("row 7: plannedCommencement", "must not be before signedOn"),
                new Violation("column 项目名称", "重复"), new Violation("body", "无法读取"))).orElseThrow();

        assertThat(marks.byCell()).containsOnlyKeys(new SheetMarks.Cell(5, 0), new SheetMarks.Cell(7, 0),
                new SheetMarks.Cell(3, 2));
    }

    @Test
    void theApisOwnCsvNumbersRowsFromTheFirstSigningSoTheMarkFindsTheSheetRow() {
        List<SheetRow> csv = List.of(row(1, "externalRef", "projectName", "investor.name", "investor.creditCode",
                "investor.originRegion", "destinationRegion", "industryCode", "investmentYuan", "signedOn"),
                row(2, "A"), row(3), row(4, "B"));

        SheetMarks marks = SigningSheetMarks.place(csv, List.of(new Violation("row 2: signedOn", "is required")))
                .orElseThrow();

        assertThat(marks.byCell()).containsOnlyKeys(new SheetMarks.Cell(4, 8));
    }

    @Test
    void aSheetWithoutAHeaderHasNowhereToMark() {
        assertThat(SigningSheetMarks.place(List.of(row(1, "只有标题")), List.of(new Violation("body", "找不到表头")))).isEmpty();
    }
}
