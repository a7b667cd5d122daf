package cn.yanzhen.tracking.rounds.api;

import cn.yanzhen.contracts.reference.Region;
import cn.yanzhen.contracts.reference.RegionDirectory;
import cn.yanzhen.platform.sheet.xlsx.SheetCells;
import cn.yanzhen.tracking.projects.domain.ProjectSummary;
import cn.yanzhen.tracking.rounds.domain.Round;
import cn.yanzhen.tracking.rounds.domain.sheet.EvidenceKinds;
import cn.yanzhen.tracking.rounds.domain.sheet.LastMilestone;
import cn.yanzhen.tracking.rounds.domain.sheet.RoundSheetColumn;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A round's sheet for one office as an .xlsx (fastexcel): a title row, a note on how to fill it in, the header
 * (frozen), and a row per project that owes the round, what tracking knows on grey, what the office fills in blank.
 * It prints across one landscape page.
 */
final class RoundSheetWorkbook {

    static final String SHEET = "进度填报";
    static final int HEADER_ROW = 2;
    private static final String KNOWN_FILL = "F2F2F2";
    private static final int LINE_HEIGHT = 15;
    private static final String KNOWN_HEADER_FILL = "D9D9D9";
    private static final String TO_FILL_HEADER_FILL = "DDEBF7";
    private static final String NOTE = "灰底列由系统填写，请勿修改。每行可填：开工日期、投产日期、累计完成投资（万元）及其截至日期；"
            + "本期无变化的，在「无变化说明」写明情况并填截至日期。证明材料类型可填 " + EvidenceKinds.names()
            + "，多个编号用；分隔。填好后整表上传；同一张表重复上传不会重复报送。";

    private RoundSheetWorkbook() {
    }

    static byte[] write(Round round, String region, List<ProjectSummary> projects, RegionDirectory regions) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(bytes, "Yanzhen", "1.0");
            Worksheet sheet = workbook.newWorksheet(SHEET);
            RoundSheetColumn[] columns = RoundSheetColumn.values();
            int last = columns.length - 1;
            SheetCells.banner(sheet, 0, last, "报送轮次 " + round.code() + "（" + round.opensOn() + " 至 " + round.dueOn()
                    + "）项目进度填报表 · " + nameOf(region, regions), 14);
            SheetCells.banner(sheet, 1, last, NOTE, 10);
            // a merged cell never grows to its text: the note gets the lines it wraps to across the table's width
            sheet.rowHeight(1, LINE_HEIGHT * (1 + NOTE.length() * 2 / Arrays.stream(columns)
                    .mapToInt(RoundSheetColumn::width).sum()));
            for (int index = 0; index <= last; index++) {
                header(sheet, index, columns[index]);
            }
            sheet.rowHeight(HEADER_ROW, 2 * LINE_HEIGHT);
            for (int i = 0; i < projects.size(); i++) {
                project(sheet, HEADER_ROW + 1 + i, projects.get(i), regions);
            }
            sheet.freezePane(0, HEADER_ROW + 1);
            sheet.pageOrientation("landscape");
            sheet.setFitToPage(true);
            sheet.fitToWidth((short) 1);
            sheet.fitToHeight((short) 0);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void header(Worksheet sheet, int index, RoundSheetColumn column) {
        sheet.value(HEADER_ROW, index, column.title());
        sheet.style(HEADER_ROW, index).bold().wrapText(true).horizontalAlignment("center")
                .fillColor(column.prefilled() ? KNOWN_HEADER_FILL : TO_FILL_HEADER_FILL).set();
        sheet.width(index, column.width());
    }

    private static void project(Worksheet sheet, int row, ProjectSummary project, RegionDirectory regions) {
        Object[] known = {project.signingId().toString(), project.projectName() == null ? "" : project.projectName(),
                nameOf(project.destinationRegion(), regions), LastMilestone.of(project.progress()),
                LastMilestone.tenThousands(project.progress().cumulativeYuan())};
        for (int column = 0; column < known.length; column++) {
            SheetCells.value(sheet, row, column, known[column]);
            var style = sheet.style(row, column).fillColor(KNOWN_FILL);
            (column == RoundSheetColumn.LAST_INVESTMENT.ordinal() ? style.format("#,##0.00##") : style).set();
        }
    }

    static String nameOf(String region, RegionDirectory regions) {
        return Round.ALL.equals(region) ? "全部地区" : regions.find(region).map(Region::name).orElse(region);
    }
}
