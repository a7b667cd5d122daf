package cn.yanzhen.intake.api;

import static cn.yanzhen.platform.testing.Tokens.as;
import static cn.yanzhen.platform.testing.Tokens.asMonitor;
import static cn.yanzhen.platform.testing.Tokens.asOrganiser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import cn.yanzhen.intake.domain.CreditCode;
import cn.yanzhen.platform.sheet.SheetRow;
import cn.yanzhen.platform.sheet.xlsx.XlsxRows;
import cn.yanzhen.platform.testing.Tokens;
import cn.yanzhen.platform.testing.YanzhenTestResource;
import cn.yanzhen.platform.validation.Violations;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;

/** The template an office downloads, fills and posts back. */
@QuarkusTest
@WithTestResource(YanzhenTestResource.class)
class SigningSheetTemplateTest {

    @Test
    void theTemplateFilledWithTwoSigningsUnderItsExampleIsAccepted() throws IOException {
        String event = IntakeFixtures.newEvent();
        List<SheetRow> template = XlsxRows.rows(download(event), 100, new Violations());
        assertThat(template).hasSize(4);
        assertThat(template.get(0).cell(0)).contains("2025中国产业转移发展对接活动（广西）", event);
        assertThat(template.get(2).cells()).contains("项目名称", "总投资（万元）", "用地（亩）", "年用电量（万千瓦时）");
        assertThat(template.get(3).cell(0)).isEqualTo("示例");

        List<List<String>> filled = new ArrayList<>(template.stream().map(SheetRow::cells).toList());
        filled.add(signing(template.get(3), "1", event + "-A", "广西壮族自治区南宁市", "农业"));
        filled.add(signing(template.get(3), "2", event + "-B", "450500", "3825"));
        SigningSheetTest.post(event, EventSigningsResource.XLSX, workbook(filled)).then().statusCode(200)
                .body("accepted", equalTo(2));

        asMonitor().get("/api/events/" + event + "/signings").then().body("total", equalTo(2))
                .body("items.find { it.externalRef == '" + event + "-A' }.destinationRegion", equalTo("450100"))
                .body("items.find { it.externalRef == '" + event + "-A' }.industryCode", equalTo("01"))
                .body("items.find { it.externalRef == '" + event + "-A' }.investmentYuan", equalTo(1_500_000_000))
                .body("items.find { it.externalRef == '" + event + "-A' }.landHa", equalTo(40.0f));
    }

    @Test
    void theTemplateAsDownloadedHoldsNoSigningAndOffersDropDownListsForRegionsAndIndustry() throws IOException {
        String event = IntakeFixtures.newEvent();
        byte[] template = download(event);

        SigningSheetTest.post(event, EventSigningsResource.XLSX, template).then().statusCode(400)
                .body("errors[0].field", equalTo("body"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            List<XSSFDataValidation> lists = workbook.getSheetAt(0).getDataValidations();
            assertThat(lists).extracting(list -> list.getRegions().getCellRangeAddress(0).formatAsString())
                    .containsExactlyInAnyOrder("F4:F10003", "G4:G10003", "I4:I10003");
            assertThat(lists).extracting(list -> list.getValidationConstraint().getFormula1())
                    .allMatch(formula -> formula.startsWith("'下拉选项'!$"));
            assertThat(workbook.getSheetAt(0).getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 3);
        }
    }

    @Test
    void theTemplateIsForWhoeverMayPostTheEventsSignings() {
        String event = IntakeFixtures.newEvent();

        asOrganiser().get(path(event)).then().statusCode(200)
                .header("Content-Disposition", containsString("filename*=UTF-8''" + event
                        + "-%E7%AD%BE%E7%BA%A6%E9%A1%B9%E7%9B%AE%E5%AF%BC%E5%85%A5%E6%A8%A1%E6%9D%BF.xlsx"));
        as(Tokens.organiser("NMG-COMMERCE")).get(path(event)).then().statusCode(403);
        asMonitor().get(path(event)).then().statusCode(403);
        asOrganiser().get(path("T-NO-SUCH-EVENT")).then().statusCode(404);
    }

    private static byte[] download(String event) {
        return asOrganiser().get(path(event)).then().statusCode(200).contentType(EventSigningsResource.XLSX)
                .extract().asByteArray();
    }

    private static String path(String event) {
        return "/api/events/" + event + "/signings/template";
    }

    /** The example row with a serial, a reference, a credit code, a destination and an industry of its own. */
    private static List<String> signing(SheetRow example, String serial, String ref, String destination,
                                        String industry) {
        List<String> row = new ArrayList<>(example.cells());
        row.set(0, serial);
        row.set(1, ref);
        row.set(4, CreditCode.complete(String.format("91450100MA5F%04d", Integer.parseInt(serial))));
        row.set(6, destination);
        row.set(8, industry);
        return row;
    }

    /** The rows as an office suite would save them, written with fastexcel as the service writes its own. */
    private static byte[] workbook(List<List<String>> rows) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(bytes, "Test", "1.0");
        Worksheet sheet = workbook.newWorksheet("签约项目");
        for (int row = 0; row < rows.size(); row++) {
            for (int column = 0; column < rows.get(row).size(); column++) {
                sheet.value(row, column, rows.get(row).get(column));
            }
        }
        workbook.finish();
        return bytes.toByteArray();
    }
}
