package cn.yanzhen.intake.domain.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yanzhen.platform.sheet.SheetRow;
import cn.yanzhen.platform.validation.Violations;
import java.util.List;
import org.junit.jupiter.api.Test;

class SheetHeaderTest {

    static final List<String> OFFICE_TITLES = List.of("序号", " 项目编号 ", "项目名称", "企业名称", "统一社会信用代码",
            "投资方所在地", "落地地区", "国民经济行业代码", "签约金额（万元）", "签约时间", "新增就业（人）", "用地(亩)",
            "年用电量 ( 兆瓦时 )", "备注");

    @Test
    void findsTheHeaderBelowATitleRowAndNotes() {
        List<SheetRow> rows = List.of(row(1, "2025年签约项目汇总表"), row(2), row(3, "填报单位：北海市", "", "单位：万元"),
                new SheetRow(4, OFFICE_TITLES), row(5, "1", "GX-1"));
        Violations violations = new Violations();

        SheetHeader header = SheetHeader.find(rows, violations).orElseThrow();

        assertThat(violations.all()).isEmpty();
        assertThat(header.row().number()).isEqualTo(4);
        assertThat(header.fieldNamesOnly()).isFalse();
        assertThat(header.columns()).extracting(column -> column.column().field()).containsExactly("externalRef",
                "projectName", "investor.name", "investor.creditCode", "investor.originRegion", "destinationRegion",
                "industryCode", "investmentYuan", "signedOn", "expectedJobs", "landHa", "energyGwhPerYear");
        assertThat(header.columns()).extracting(HeaderColumn::written).startsWith("项目编号", "项目名称");
        assertThat(header.columns()).extracting(HeaderColumn::unit).contains(SheetUnit.TEN_THOUSAND_YUAN,
                SheetUnit.MU, SheetUnit.MWH);
    }

    @Test
    void apiFieldNamesInTheFirstRowAreTheApisOwnCsv() {
        SheetHeader header = SheetHeader.find(List.of(row(1, "externalRef", "projectName", "investor.name",
                "investor.creditCode", "investor.originRegion", "destinationRegion", "industryCode", "investmentYuan",
                "signedOn")), new Violations()).orElseThrow();

        assertThat(header.fieldNamesOnly()).isTrue();
        assertThat(header.columns()).allMatch(column -> column.unit() == null);
    }

    @Test
    void namesUnknownDuplicateUnitlessAndMissingColumnsByTheirTitles() {
        Violations violations = new Violations();

        SheetHeader.find(List.of(row(1, "项目编号", "项目名称", "投资方", "企业名称", "总投资", "用地（平方公里）",
                "预计用工（万人）", "行业代码（GB/T 4754）", "颜色")), violations);

        assertThat(violations.all()).extracting(Violations.Violation::field).containsExactlyInAnyOrder(
                "column 企业名称", "column 总投资", "column 用地（平方公里）", "column 预计用工（万人）", "column 颜色",
                "column 统一社会信用代码", "column 投资方所在地", "column 项目落地地", "column 签约日期");
    }

    @Test
    void aSheetWithoutAHeaderIsRefusedAsAWhole() {
        Violations violations = new Violations();

        assertThat(SheetHeader.find(List.of(row(1, "a", "b"), row(2, "项目名称", "x", "y")), violations)).isEmpty();
        assertThat(violations.all()).extracting(Violations.Violation::field).containsExactly("body");
    }

    static SheetRow row(int number, String... cells) {
        return new SheetRow(number, List.of(cells));
    }
}
