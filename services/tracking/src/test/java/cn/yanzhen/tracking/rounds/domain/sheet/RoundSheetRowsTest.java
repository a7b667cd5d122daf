package cn.yanzhen.tracking.rounds.domain.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yanzhen.contracts.tracking.Evidence;
import cn.yanzhen.contracts.tracking.ProjectProgressed.ReportType;
import cn.yanzhen.platform.sheet.SheetRow;
import cn.yanzhen.platform.validation.Violations.Violation;
import cn.yanzhen.platform.validation.Violations;
import cn.yanzhen.tracking.projects.domain.Report;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RoundSheetRowsTest {

    private static final UUID PROJECT = UUID.fromString("0b9c7e1e-5f5a-4f59-9d4c-2f1f7b0e0a11");
    private static final SheetRow HEADER = new SheetRow(3, Arrays.stream(RoundSheetColumn.values())
            .map(column -> column == RoundSheetColumn.CUMULATIVE ? " 累计完成投资 (万元) " : column.title()).toList());

    @Test
    void aRowMakesTheApisReportsWithTenThousandsOfYuanExactAndItsEvidenceSplit() {
        FilledRow row = read(filled("2025/12/5", "", "12345.6789", "2025年12月18日", "", "施工许可证",
                "蒙建施-1；蒙建施-2", "2025-12-01"));

        assertThat(row.violations().all()).isEmpty();
        assertThat(row.reports()).extracting(Report::type).containsExactly(ReportType.COMMENCED, ReportType.INVESTMENT);
        assertThat(row.reports().get(0).on()).isEqualTo(LocalDate.of(2025, 12, 5));
        assertThat(row.reports().get(1).cumulativeYuan()).isEqualTo(123_456_789L);
        assertThat(row.reports().get(1).asOf()).isEqualTo(LocalDate.of(2025, 12, 18));
        assertThat(row.reports().get(1).evidence()).extracting(Evidence::reference).containsExactly("蒙建施-1", "蒙建施-2");
    }

    @Test
    void theSameRowGivesTheSameReportIdsAndAChangedOneNew() {
        List<String> first = ids(read(filled("", "", "100", "2025-12-18", "", "", "", "")));
        List<String> again = ids(read(filled("", "", "100", "2025-12-18", "", "", "", "")));
        List<String> changed = ids(read(filled("", "", "101", "2025-12-18", "", "", "", "")));

        assertThat(first).hasSize(1).isEqualTo(again).doesNotContainAnyElementsOf(changed);
        assertThat(first.get(0)).startsWith("sheet-").hasSizeLessThanOrEqualTo(64);
    }

    @Test
    void badCellsAreNamedByTheTitleAsWritten() {
        FilledRow row = read(filled("2025-13-01", "", "12.345678", "", "土地报批中", "", "", ""));

        assertThat(row.violations().all()).extracting(Violation::field)
                .containsExactlyInAnyOrder("开工日期", "累计完成投资 (万元)", "无变化说明");
        Violations all = new Violations();
        row.reportInto(all);
        assertThat(all.all()).extracting(Violation::field).contains("row 4: 累计完成投资 (万元)");
    }

    private static List<String> ids(FilledRow row) {
        return row.reports().stream().map(Report::reportId).toList();
    }

    /** A data row with the office's cells, from 开工日期 on, after the columns tracking fills in. */
    private static SheetRow filled(String... toFill) {
        List<String> cells = new ArrayList<>(List.of(PROJECT.toString(), "某项目", "呼和浩特市", "已签约 2025-07-20", "0"));
        cells.addAll(List.of(toFill));
        return new SheetRow(4, cells);
    }

    private static FilledRow read(SheetRow row) {
        Violations violations = new Violations();
        List<FilledRow> rows = RoundSheetRows.read(List.of(new SheetRow(1, List.of("标题")), HEADER, row), violations);
        assertThat(violations.all()).isEmpty();
        return rows.get(0);
    }
}
