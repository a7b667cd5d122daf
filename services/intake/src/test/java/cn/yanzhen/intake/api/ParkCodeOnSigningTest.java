package cn.yanzhen.intake.api;

import static cn.yanzhen.platform.testing.Tokens.asMonitor;
import static cn.yanzhen.platform.testing.Tokens.asOrganiser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import cn.yanzhen.contracts.EventTypes;
import cn.yanzhen.intake.api.park.ParkFixtures;
import cn.yanzhen.platform.testing.YanzhenTestResource;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

/** A signing names its park by code (contract §4.1.5); signings stored before a park take its code by name. */
@QuarkusTest
@WithTestResource(YanzhenTestResource.class)
class ParkCodeOnSigningTest extends ReadsSigningsTopic {

    @Test
    void aSigningNamingARegisteredParkCarriesItsCodeAndNameInTheAnswerAndTheEvent() {
        String park = ParkFixtures.register(ParkFixtures.newCode(), ParkFixtures.park("铁山港工业区", "450500"));
        String event = IntakeFixtures.newEvent();
        Map<TopicPartition, Long> mark = topic.mark();
        ObjectNode signing = IntakeFixtures.signing("PK-1").put("parkCode", park);
        signing.remove("park");

        SigningApiTest.post(event, signing).then().statusCode(201).body("parkCode", equalTo(park))
                .body("park", equalTo("铁山港工业区"));
        SigningApiTest.post(event, signing).then().statusCode(200);

        JsonNode payload = SigningsTopic.payload(topic.awaitOfType(mark, EventTypes.SIGNING_REGISTERED, 1).get(0));
        assertThat(payload.get("parkCode").asText()).isEqualTo(park);
        assertThat(payload.get("park").asText()).isEqualTo("铁山港工业区");
    }

    @Test
    void aParkCodeThatIsUnknownOrOutsideTheDestinationIsRefusedAndNothingStored() {
        String park = ParkFixtures.register(ParkFixtures.newCode(), ParkFixtures.park("南宁高新区", "450100"));
        String event = IntakeFixtures.newEvent();

        SigningApiTest.post(event, IntakeFixtures.signing("PK-2").put("parkCode", "NO-SUCH-PARK")).then()
                .statusCode(400).body("errors.field", containsInAnyOrder("parkCode"));
        SigningApiTest.post(event, IntakeFixtures.signing("PK-3").put("parkCode", park)).then().statusCode(400)
                .body("errors.field", containsInAnyOrder("parkCode"));
        SigningApiTest.post(event, IntakeFixtures.signing("PK-4").put("parkCode", "gx lower")).then()
                .statusCode(400).body("errors.field", containsInAnyOrder("parkCode"));
        asMonitor().get("/api/events/" + event + "/signings").then().body("total", equalTo(0));
    }

    @Test
    void aSheetNamesTheParkUnderItsChineseTitle() {
        String park = ParkFixtures.register(ParkFixtures.newCode(), ParkFixtures.park("合浦工业园区", "450500"));
        String event = IntakeFixtures.newEvent();
        String csv = "项目编号,项目名称,投资方,统一社会信用代码,投资方所在地,项目落地地,园区代码,行业代码,总投资（万元）,签约日期\r\n"
                + "PK-S-1,铝型材深加工项目,佛山市南海铝业有限公司," + IntakeFixtures.creditCode() + ",440600,450500," + park
                + ",33,8000,2025-07-18\r\n";

        asOrganiser().contentType("text/csv; charset=UTF-8").body(csv.getBytes(StandardCharsets.UTF_8))
                .post("/api/events/" + event + "/signings/batch").then().statusCode(200)
                .body("accepted", equalTo(1));
        asMonitor().get("/api/events/" + event + "/signings").then().body("items[0].parkCode", equalTo(park))
                .body("items[0].park", equalTo("合浦工业园区"));
    }

    @Test
    void registeringAParkGivesItsCodeToEarlierSigningsOfItsNameInsideItsRegionOnly() {
        String name = "钦州港经济技术开发区-" + UUID.randomUUID().toString().substring(0, 6);
        String event = IntakeFixtures.newEvent();
        ObjectNode inside = IntakeFixtures.signing("PK-M-1").put("park", name);
        String insideId = SigningApiTest.post(event, inside).then().statusCode(201).extract().path("id");
        String outsideId = SigningApiTest.post(event, IntakeFixtures.signing("PK-M-2").put("park", name)
                .put("destinationRegion", "450100")).then().statusCode(201).extract().path("id");
        String otherNameId = SigningApiTest.post(event, IntakeFixtures.signing("PK-M-3")).then().statusCode(201)
                .extract().path("id");

        String park = ParkFixtures.register(ParkFixtures.newCode(), ParkFixtures.park(name, "450500"));

        asMonitor().get("/api/signings/" + insideId).then().body("parkCode", equalTo(park)).body("park", equalTo(name));
        asMonitor().get("/api/signings/" + outsideId).then().body("parkCode", nullValue());
        asMonitor().get("/api/signings/" + otherNameId).then().body("parkCode", nullValue());
        asMonitor().queryParam("entity", "signing:" + insideId).get("/api/audit").then()
                .body("items[0].action", equalTo("signing.park-assign"))
                .body("items[0].before.parkCode", nullValue()).body("items[0].after.parkCode", equalTo(park));
        SigningApiTest.post(event, inside).then().statusCode(200).body("parkCode", equalTo(park));
        SigningApiTest.post(event, inside.put("parkCode", park)).then().statusCode(200);
    }
}
