package cn.yanzhen.intake.api;

import static cn.yanzhen.platform.testing.Tokens.asMonitor;
import static cn.yanzhen.platform.testing.Tokens.asOrganiser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import cn.yanzhen.contracts.EventTypes;
import cn.yanzhen.platform.testing.YanzhenTestResource;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

/**
 * A signing tagged to an industrial chain (contract §4.1.4): named by the organiser and checked, or suggested from its
 * industry. Each test keeps to a province and industry of its own, since a chain registered by one test is suggested
 * to every signing of its province and industry after it.
 */
@QuarkusTest
@WithTestResource(YanzhenTestResource.class)
class ChainCodeOnSigningTest extends ReadsSigningsTopic {

    /** A pharmaceutical project (医药制造业, 27) landing in 黔东南 (522600), Guizhou. */
    private static ObjectNode inGuizhou(String externalRef) {
        return IntakeFixtures.signing(externalRef).put("destinationRegion", "522600").put("industryCode", "2710");
    }

    /** A cotton-spinning project (棉纺织, 1713) landing in 库尔勒 (652801), Xinjiang. */
    private static ObjectNode inXinjiang(String externalRef) {
        return IntakeFixtures.signing(externalRef).put("destinationRegion", "652801").put("industryCode", "1713");
    }

    @Test
    void aSigningNamingItsChainCarriesItInTheAnswerAndTheEvent() {
        String chain = ChainFixtures.register("520000", "27");
        String event = IntakeFixtures.newEvent();
        Map<TopicPartition, Long> mark = topic.mark();
        ObjectNode signing = inGuizhou("CH-1").put("chainCode", chain);

        String id = SigningApiTest.post(event, signing).then().statusCode(201).body("chainCode", equalTo(chain))
                .extract().path("id");
        SigningApiTest.post(event, signing).then().statusCode(200);
        signing.remove("chainCode");
        SigningApiTest.post(event, signing).then().statusCode(200).body("id", equalTo(id));

        JsonNode payload = SigningsTopic.payload(topic.awaitOfType(mark, EventTypes.SIGNING_REGISTERED, 1).get(0));
        assertThat(payload.get("chainCode").asText()).isEqualTo(chain);
        asMonitor().get("/api/signings/" + id).then().body("chainCode", equalTo(chain));
    }

    @Test
    void aSigningNamingNoChainTakesTheMostSpecificOneAndKeepsItWhenSentAgain() {
        ChainFixtures.register("650000", "17");
        String cotton = ChainFixtures.register("650000", "171");
        String event = IntakeFixtures.newEvent();
        Map<TopicPartition, Long> mark = topic.mark();
        ObjectNode first = inXinjiang("CH-S-1");

        String id = SigningApiTest.post(event, first).then().statusCode(201).body("chainCode", equalTo(cotton))
                .extract().path("id");
        JsonNode payload = SigningsTopic.payload(topic.awaitOfType(mark, EventTypes.SIGNING_REGISTERED, 1).get(0));
        assertThat(payload.get("chainCode").asText()).isEqualTo(cotton);
        asMonitor().get("/api/signings/" + id).then().body("chainCode", equalTo(cotton));

        String spinning = ChainFixtures.register("650000", "1713");
        SigningApiTest.post(event, first).then().statusCode(200).body("id", equalTo(id))
                .body("chainCode", equalTo(cotton));
        ArrayNode batch = IntakeFixtures.JSON.createArrayNode().add(first).add(inXinjiang("CH-S-2"));
        postBatch(event, batch).then().statusCode(200).body("accepted", equalTo(1)).body("duplicates", equalTo(1));
        asMonitor().get("/api/events/" + event + "/signings").then().body("items.find { it.externalRef == 'CH-S-2' }"
                + ".chainCode", equalTo(spinning));

        ChainFixtures.register("650000", "1713");
        SigningApiTest.post(event, inXinjiang("CH-S-3")).then().statusCode(201).body("chainCode", nullValue());
    }

    @Test
    void aWrongChainIsNamedInTheAnswerAndNothingIsStored() {
        String guizhou = ChainFixtures.register("520000", "3825");
        String cars = ChainFixtures.register("450000", "3670");
        String event = IntakeFixtures.newEvent();

        for (String wrong : new String[] {"NO-SUCH-CHAIN", guizhou, cars, "gx lower", "GX\u0000NEV"}) {
            SigningApiTest.post(event, IntakeFixtures.signing("CH-B-1").put("chainCode", wrong)).then()
                    .statusCode(400).contentType("application/problem+json")
                    .body("errors.field", containsInAnyOrder("chainCode"));
        }
        SigningApiTest.post(event, IntakeFixtures.signing("CH-B-2").put("chainCode", "NO-SUCH-CHAIN")
                .put("parkCode", "NO-SUCH-PARK")).then().statusCode(400)
                .body("errors.field", containsInAnyOrder("chainCode", "parkCode"));
        SigningApiTest.post(event, IntakeFixtures.signing("CH-B-2").put("parkCode", "GX\u0000PARK")).then()
                .statusCode(400).body("errors.field", containsInAnyOrder("parkCode"));
        ArrayNode batch = IntakeFixtures.JSON.createArrayNode().add(IntakeFixtures.signing("CH-B-3"))
                .add(IntakeFixtures.signing("CH-B-4").put("chainCode", cars));
        postBatch(event, batch).then().statusCode(400).body("errors.field", containsInAnyOrder("row 2: chainCode"));
        asMonitor().get("/api/events/" + event + "/signings").then().body("total", equalTo(0));
    }

    @Test
    void aSheetNamesTheChainUnderItsChineseTitle() {
        String chain = ChainFixtures.register("520000", "271");
        String event = IntakeFixtures.newEvent();
        String header = "项目编号,项目名称,投资方,统一社会信用代码,投资方所在地,项目落地地,行业代码,总投资（万元）,签约日期,产业链代码\r\n";
        String row = ",化学药品原料药项目,广州某制药有限公司," + IntakeFixtures.creditCode() + ",440100,522600,2710,8000,"
                + "2025-07-18,";

        postSheet(event, header + "CH-X-1" + row + "NO-SUCH-CHAIN\r\n").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("row 2: 产业链代码"));
        postSheet(event, header.replace("产业链代码", "所属产业链") + "CH-X-1" + row + chain + "\r\n").then()
                .statusCode(200).body("accepted", equalTo(1));
        asMonitor().get("/api/events/" + event + "/signings").then().body("total", equalTo(1))
                .body("items[0].chainCode", equalTo(chain));
    }

    private static io.restassured.response.Response postBatch(String event, ArrayNode rows) {
        return asOrganiser().contentType(ContentType.JSON).body(rows.toString())
                .post("/api/events/" + event + "/signings/batch");
    }

    private static io.restassured.response.Response postSheet(String event, String csv) {
        return asOrganiser().contentType("text/csv; charset=UTF-8").body(csv.getBytes(StandardCharsets.UTF_8))
                .post("/api/events/" + event + "/signings/batch");
    }
}
