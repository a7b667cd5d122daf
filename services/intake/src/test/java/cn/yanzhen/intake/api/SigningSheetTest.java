package cn.yanzhen.intake.api;

import static cn.yanzhen.platform.testing.Tokens.asMonitor;
import static cn.yanzhen.platform.testing.Tokens.asOrganiser;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.matchesPattern;

import cn.yanzhen.intake.domain.CreditCode;
import cn.yanzhen.platform.testing.YanzhenTestResource;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Sheets saved by LibreOffice (src/test/resources/sheets, README there) posted as an office would. */
@QuarkusTest
@WithTestResource(YanzhenTestResource.class)
class SigningSheetTest {

    @Test
    void aWorkbookWithChineseTitlesTenThousandYuanAndMuStoresWhatTheSameRowsAsJsonWould() {
        String event = IntakeFixtures.newEvent();

        post(event, EventSigningsResource.XLSX, XlsxSheetTest.fixture("signings-zh.xlsx")).then().statusCode(200)
                .body("accepted", equalTo(5));

        postJson(event, sameRowsAsJson()).then().statusCode(200)
                .body("accepted", equalTo(0)).body("duplicates", equalTo(5));
        asMonitor().get("/api/events/" + event + "/signings").then()
                .body("items.find { it.externalRef == 'GX-S-002' }.investmentYuan", equalTo(123_456_789))
                .body("items.find { it.externalRef == 'GX-S-004' }.investmentYuan", equalTo(100))
                .body("items.find { it.externalRef == 'GX-S-001' }.landHa", equalTo(40.0f));
    }

    @Test
    void tenThousandRowsSavedByLibreOfficeAreStoredAsTheSameRowsSentAsJson() {
        String event = IntakeFixtures.newEvent();
        ArrayNode five = sameRowsAsJson();
        ArrayNode json = IntakeFixtures.JSON.createArrayNode();
        for (int i = 0; i < 10_000; i++) {
            ObjectNode row = ((ObjectNode) five.get(i % 5)).deepCopy().put("externalRef", String.format("GX-M-%05d", i + 1));
            ((ObjectNode) row.get("investor")).put("creditCode", creditCode(i));
            json.add(row);
        }

        post(event, EventSigningsResource.XLSX, XlsxSheetTest.fixture("signings-10000.xlsx")).then().statusCode(200)
                .body("accepted", equalTo(10_000));

        postJson(event, json).then().statusCode(200).body("accepted", equalTo(0)).body("duplicates", equalTo(10_000));
    }

    @Test
    void aGbkCsvIsReadWithOrWithoutItsCharset() {
        byte[] gbk = XlsxSheetTest.fixture("signings-zh-gbk.csv");
        String declared = IntakeFixtures.newEvent();
        String undeclared = IntakeFixtures.newEvent();

        post(declared, "text/csv; charset=GBK", gbk).then().statusCode(200).body("accepted", equalTo(5));
        post(undeclared, "text/csv", gbk).then().statusCode(200).body("accepted", equalTo(5));

        postJson(undeclared, sameRowsAsJson()).then().statusCode(200).body("duplicates", equalTo(5));
        post(declared, "text/csv; charset=UTF-8", gbk).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", containsInAnyOrder("body"));
    }

    @Test
    void aUtf8CsvWithAByteOrderMarkIsRead() {
        String text = new String(XlsxSheetTest.fixture("signings-zh-gbk.csv"), Charset.forName("GB18030"));
        String event = IntakeFixtures.newEvent();

        post(event, "text/csv", ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8)).then().statusCode(200)
                .body("accepted", equalTo(5));
        postJson(event, sameRowsAsJson()).then().statusCode(200).body("duplicates", equalTo(5));
    }

    @Test
    void fiveKindsOfMistakesAreEachNamedByTheSheetsRowAndTitleAndNothingIsStored() {
        String event = IntakeFixtures.newEvent();

        post(event, EventSigningsResource.XLSX, XlsxSheetTest.fixture("signings-mistakes.xlsx")).then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("row 4: 项目落地地", "row 5: 总投资（万元）",
                        "row 6: 签约日期", "row 7: 用地面积(亩)", "row 8: 统一社会信用代码"))
                .body("errors.message", everyItem(matchesPattern("(?s).+")));

        asMonitor().get("/api/events/" + event + "/signings").then().body("total", equalTo(0));
    }

    @Test
    void promisesAreReadUnderTheirChineseTitlesAndAShortOneIsNamedByRowAndTitle() {
        String event = IntakeFixtures.newEvent();
        String header = "项目编号,项目名称,投资方,统一社会信用代码,投资方所在地,项目落地地,行业代码,总投资（万元）,签约日期,"
                + "设计产能,产能单位,达产年产值（亿元）,达产年税收（万元）,预计达产日期\n";
        String first = "GX-P-001,年产8000吨铝型材项目,佛山市南海铝业有限公司," + creditCode(90) + ",440600,450500,33,80000,"
                + "2025-07-18,8000,吨/月,16,8000,2027年6月30日\n";
        String noUnit = "GX-P-002,铝箔项目,佛山市南海铝业有限公司," + creditCode(91) + ",440600,450500,33,80000,"
                + "2025-07-18,500,,1.5,,2027-06-30\n";

        post(event, "text/csv", (header + first + noUnit).getBytes(StandardCharsets.UTF_8)).then().statusCode(400)
                .body("errors.field", containsInAnyOrder("row 3: 产能单位"));
        post(event, "text/csv", (header + first).getBytes(StandardCharsets.UTF_8)).then().statusCode(200)
                .body("accepted", equalTo(1));
        asMonitor().get("/api/events/" + event + "/signings").then()
                .body("items[0].promise.designCapacity", equalTo(8000.0f))
                .body("items[0].promise.capacityUnit", equalTo("吨/月"))
                .body("items[0].promise.annualOutputYuan", equalTo(1_600_000_000))
                .body("items[0].promise.annualTaxYuan", equalTo(80_000_000))
                .body("items[0].promise.fullProductionBy", equalTo("2027-06-30"));
    }

    @Test
    void aWorkbookThatIsNoZipIsRefused() {
        String event = IntakeFixtures.newEvent();

        post(event, EventSigningsResource.XLSX, "项目名称".getBytes(StandardCharsets.UTF_8)).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", containsInAnyOrder("body"));
    }

    @Test
    void aWorkbookThatUnpacksPastTheLimitIsRefusedWith413() throws IOException {
        String event = IntakeFixtures.newEvent();

        post(event, EventSigningsResource.XLSX, XlsxSheetTest.zipBomb()).then().statusCode(413)
                .contentType("application/problem+json").body("errors.field", containsInAnyOrder("body"));
    }

    /** The fixture's five rows as the API's JSON: yuan, hectares, GWh, codes (make-sheets.py writes them). */
    private static ArrayNode sameRowsAsJson() {
        ArrayNode rows = IntakeFixtures.JSON.createArrayNode();
        rows.add(row(0, "GX-S-001", "年产20GW光伏组件项目", "深圳市华阳新能源科技有限公司", "440300", "450500", "3825",
                1_500_000_000L, "2025-07-20").put("park", "铁山港工业区").put("expectedJobs", 1200).put("landHa", 40.0)
                .put("energyGwhPerYear", 120.0).put("plannedCommencement", "2025-12-31"));
        rows.add(row(1, "GX-S-002", "锂电池正极材料项目", "广州市锦程材料有限公司", "440100", "450500", "3985",
                123_456_789L, "2025-07-19").put("expectedJobs", 300).put("landHa", 6.666667)
                .put("energyGwhPerYear", 8.505).put("plannedCommencement", "2026-03-01"));
        rows.add(row(2, "GX-S-003", "铝型材深加工项目", "佛山市南海铝业有限公司", "440600", "450500", "33",
                80_000_000L, "2025-07-18").put("park", "合浦工业园区").put("landHa", 3.033333));
        rows.add(row(3, "GX-S-004", "跨境电商产业园项目", "东莞市汇通贸易有限公司", "441900", "450100", "5292",
                100L, "2025-07-20").put("expectedJobs", 80).put("plannedCommencement", "2025-10-01"));
        rows.add(row(4, "GX-S-005", "农产品冷链物流基地", "湛江市海丰农业发展有限公司", "440300", "450700", "01",
                250_000_000L, "2025-07-20").put("expectedJobs", 150).put("landHa", 10.0)
                .put("energyGwhPerYear", 2.0).put("plannedCommencement", "2025-09-01"));
        return rows;
    }

    private static ObjectNode row(int index, String ref, String name, String investor, String origin,
                                  String destination, String industry, long yuan, String signedOn) {
        ObjectNode row = IntakeFixtures.JSON.createObjectNode().put("externalRef", ref).put("projectName", name)
                .put("destinationRegion", destination).put("industryCode", industry).put("investmentYuan", yuan)
                .put("signedOn", signedOn);
        row.putObject("investor").put("name", investor)
                .put("creditCode", creditCode(index))
                .put("originRegion", origin);
        return row;
    }

    // REST Assured would add charset=ISO-8859-1 to a text/csv without one; curl and browsers send it as given
    private static final RestAssuredConfig AS_GIVEN = RestAssuredConfig.config()
            .encoderConfig(EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false));

    private static String creditCode(int index) {
        return CreditCode.complete(String.format("91440300MA5F%04d", index));
    }

    static Response post(String event, String contentType, byte[] body) {
        return asOrganiser().config(AS_GIVEN).contentType(contentType).body(body)
                .post("/api/events/" + event + "/signings/batch");
    }

    private static Response postJson(String event, ArrayNode rows) {
        return asOrganiser().contentType(ContentType.JSON).body(rows.toString())
                .post("/api/events/" + event + "/signings/batch");
    }
}
