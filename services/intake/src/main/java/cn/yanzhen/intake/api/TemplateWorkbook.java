package cn.yanzhen.intake.api;

import cn.yanzhen.intake.domain.sheet.SigningColumn;
import cn.yanzhen.intake.domain.sheet.SigningTemplate;
import cn.yanzhen.intake.persistence.EventEntity;
import cn.yanzhen.platform.sheet.xlsx.SheetCells;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.dhatim.fastexcel.Range;
import org.dhatim.fastexcel.VisibilityState;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * An event's signing template as an .xlsx (fastexcel): a title row, a note, the header, the example row, and
 * drop-down lists for regions and industries drawn from a hidden sheet. The lists warn but accept other text, so a
 * code typed instead of a name is kept.
 */
final class TemplateWorkbook {

    static final String SHEET = "签约项目";
    private static final String LISTS = "下拉选项";
    static final int HEADER_ROW = 2;
    // the batch's limit; the lists reach every row a request may hold
    private static final int LAST_ROW = HEADER_ROW + 10_000;

    private TemplateWorkbook() {
    }

    static byte[] write(SigningTemplate template, EventEntity event) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(bytes, "Yanzhen", "1.0");
            Worksheet sheet = workbook.newWorksheet(SHEET);
            Worksheet lists = workbook.newWorksheet(LISTS);
            List<SigningTemplate.Column> columns = template.columns();
            int last = columns.size() - 1;
            SheetCells.banner(sheet, 0, last, template.title(event.name, event.code), 14);
            SheetCells.banner(sheet, 1, last, template.note(), 10);
            Range regions = list(lists, 0, template.regionChoices());
            Range industries = list(lists, 1, template.industryChoices());
            List<Object> example = template.exampleRow(event.code, event.hostRegion, event.startDate);
            for (int index = 0; index <= last; index++) {
                SigningTemplate.Column column = columns.get(index);
                header(sheet, index, column);
                exampleCell(sheet, index, example.get(index));
                if (column.kind() == SigningColumn.Kind.REGION) {
                    dropDown(sheet, index, regions);
                } else if (column.kind() == SigningColumn.Kind.INDUSTRY) {
                    dropDown(sheet, index, industries);
                }
            }
            sheet.freezePane(0, HEADER_ROW + 1);
            lists.setVisibilityState(VisibilityState.HIDDEN);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void header(Worksheet sheet, int index, SigningTemplate.Column column) {
        sheet.value(HEADER_ROW, index, column.title());
        var style = sheet.style(HEADER_ROW, index).fillColor("DDEBF7").wrapText(true).horizontalAlignment("center");
        (column.required() ? style.bold() : style).set();
        sheet.width(index, Math.max(10, column.title().length() * 2.2));
        if (column.holdsText()) {
            // cells keep what is typed: industry 01 stays 01, a long reference is not turned into 1.2E+15
            sheet.style(index).format("@").set();
        }
    }

    private static void exampleCell(Worksheet sheet, int index, Object value) {
        int row = HEADER_ROW + 1;
        if (value instanceof LocalDate date) {
            sheet.value(row, index, date);
            sheet.style(row, index).format("yyyy-mm-dd").italic().fontColor("808080").set();
        } else {
            SheetCells.value(sheet, row, index, value);
            sheet.style(row, index).italic().fontColor("808080").set();
        }
    }

    private static Range list(Worksheet lists, int column, List<String> choices) {
        for (int row = 0; row < choices.size(); row++) {
            lists.value(row, column, choices.get(row));
        }
        return lists.range(0, column, choices.size() - 1, column);
    }

    private static void dropDown(Worksheet sheet, int index, Range choices) {
        sheet.range(HEADER_ROW + 1, index, LAST_ROW, index).validateWithList(choices)
                .errorTitle("不在列表中 / Not in the list")
                .error("可从列表选择，也可填写代码 / Pick from the list or type the code");
    }
}
