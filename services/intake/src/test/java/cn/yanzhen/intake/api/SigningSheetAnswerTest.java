package cn.yanzhen.intake.api;

import static cn.yanzhen.platform.testing.Tokens.asMonitor;
import static cn.yanzhen.platform.testing.Tokens.asOrganiser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import cn.yanzhen.platform.sheet.xlsx.MarkedWorkbook;
import cn.yanzhen.platform.testing.YanzhenTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** A refused sheet asked back as a workbook: the author's rows with each bad cell marked and commented. */
@QuarkusTest
@WithTestResource(YanzhenTestResource.class)
class SigningSheetAnswerTest {

    /** The five mistakes of the LibreOffice fixture: the bad cell (sheet's row, title) and a word of its message. */
    private static final Map<String, String> MISTAKES = Map.of(
            "4 项目落地地", "火星市",
            "5 总投资（万元）", "12345.67891",
            "6 签约日期", "2025/13/40",
            "7 用地面积(亩)", "很多",
            "8 统一社会信用代码", "18");

    @Test
    void fiveKindsOfMistakesComeBackMarkedAndCommentedInTheAuthorsRowsAndNothingIsStored() throws IOException {
        String event = IntakeFixtures.newEvent();

        byte[] answer = asOrganiser().accept(EventSigningsResource.XLSX).contentType(EventSigningsResource.XLSX)
                .body(XlsxSheetTest.fixture("signings-mistakes.xlsx")).post("/api/events/" + event + "/signings/batch")
                .then().statusCode(400).contentType(EventSigningsResource.XLSX)
                .header("Content-Disposition", containsString("filename*=UTF-8''"))
                .extract().asByteArray();
        // kept for the picture in docs/ (README, "Signing sheets"); nothing reads it back
        Files.write(Path.of("target", "signings-errors.xlsx"), answer);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(answer))) {
            XSSFSheet sheet = workbook.getSheet(EventSigningsResource.MARKED_SHEET);
            Map<CellAddress, XSSFComment> comments = sheet.getCellComments();
            assertThat(comments).hasSize(MISTAKES.size());
            MISTAKES.forEach((where, word) -> {
                int row = Integer.parseInt(where.substring(0, where.indexOf(' ')));
                String title = where.substring(where.indexOf(' ') + 1);
                XSSFCell cell = sheet.getRow(row - 1).getCell(column(sheet, title));
                assertThat(cell.getCellStyle().getFillForegroundColorColor().getARGBHex())
                        .endsWith(MarkedWorkbook.MARK_FILL);
                assertThat(cell.getCellComment().getString().getString()).contains(word)
                        .startsWith("第 " + row + " 行「" + title + "」有误 / row " + row + ": " + title);
            });
            assertThat(sheet.getRow(3).getCell(1).getStringCellValue()).isEqualTo("GX-S-001");
            assertThat(workbook.getSheet(MarkedWorkbook.ERRORS).getLastRowNum()).isEqualTo(MISTAKES.size());
        }
        asMonitor().get("/api/events/" + event + "/signings").then().body("total", equalTo(0));
    }

    @Test
    void withoutAskingForAWorkbookTheRefusalIsProblemJsonAsBefore() {
        String event = IntakeFixtures.newEvent();

        asOrganiser().accept("application/json, application/problem+json").contentType(EventSigningsResource.XLSX)
                .body(XlsxSheetTest.fixture("signings-mistakes.xlsx")).post("/api/events/" + event + "/signings/batch")
                .then().statusCode(400).contentType("application/problem+json").body("errors.size()", equalTo(5));
    }

    private static int column(XSSFSheet sheet, String title) {
        for (var cell : sheet.getRow(2)) {
            if (cell.getStringCellValue().equals(title)) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + title);
    }
}
