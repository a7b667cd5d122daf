package cn.yanzhen.intake.api;

import static cn.yanzhen.platform.testing.Tokens.asMonitor;
import static cn.yanzhen.platform.testing.Tokens.asOrganiser;
import static cn.yanzhen.platform.testing.Tokens.asRegionalOffice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import cn.yanzhen.contracts.ContractValidator;
import cn.yanzhen.contracts.EventTypes;
import cn.yanzhen.contracts.Topics;
import cn.yanzhen.platform.testing.TestInfrastructure;
import cn.yanzhen.platform.testing.TopicReader;
import cn.yanzhen.platform.testing.YanzhenTestResource;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

/** The pipeline (招商项目库, docs/contract.md §4.1.3) through intake's API, against the real broker and database. */
@QuarkusTest
@WithTestResource(YanzhenTestResource.class)
class PipelineApiTest {

    private final TopicReader pipeline = new TopicReader(TestInfrastructure.endpoints().kafkaBootstrap(),
            Topics.PIPELINE.name());

    @Test
    void recordsALeadOnceAndPublishesItAsTheContractSays() throws Exception {
        String id = newId();
        ObjectNode lead = lead(id, "450500", "3825", 300_000_000L, "2025-03-01");
        Map<TopicPartition, Long> mark = pipeline.mark();

        record(lead, "450500").then().statusCode(201).body("stage", equalTo("LEAD"))
                .body("history[0].stage", equalTo("LEAD")).body("contacts[0].on", equalTo("2025-03-01"))
                .body("conversion", nullValue());
        record(lead, "450500").then().statusCode(200);
        record(lead.put("projectName", "另一个项目"), "450500").then().statusCode(409)
                .contentType("application/problem+json");

        List<ConsumerRecord<String, String>> published = pipeline.awaitMatching(mark,
                record -> record.key().equals(id), 1, Duration.ofSeconds(60));
        ConsumerRecord<String, String> record = published.get(0);
        assertThat(TopicReader.header(record, "ce_type")).isEqualTo(EventTypes.LEAD_CHANGED);
        JsonNode payload = IntakeFixtures.JSON.readTree(record.value());
        assertThat(ContractValidator.violations(EventTypes.LEAD_CHANGED, payload)).isEmpty();
        assertThat(payload.get("firm").get("originRegion").asText()).isEqualTo("440300");
    }

    @Test
    void namesEveryBadFieldAndStoresNothing() {
        String id = "BAD-" + System.nanoTime();
        ObjectNode lead = lead(id, "450500", "9201", 0L, "2099-01-01").put("officer", " ").put("colour", "red");
        ((ObjectNode) lead.get("firm")).put("originRegion", "999999").put("creditCode", "91440300MA5F8KXX2Z");

        record(lead, "450500").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("industryCode", "expectedInvestmentYuan", "firstContactOn",
                        "officer", "colour", "firm.originRegion", "firm.creditCode"));
        asMonitor().get("/api/leads/" + id).then().statusCode(404);
        asMonitor().get("/api/leads?stage=SOLD").then().statusCode(400).body("errors.field", hasItem("stage"));
        asMonitor().get("/api/pipeline/figures?scope=region:999999").then().statusCode(400)
                .body("errors.field", hasItem("scope"));
    }

    @Test
    void onlyTheOfficeOfTheLeadsRegionOrAnAdminWrites() {
        String id = newId();
        ObjectNode lead = lead(id, "450500", "3825", 100_000_000L, "2025-03-01");

        record(lead, "440000").then().statusCode(403);
        asMonitor().contentType(ContentType.JSON).body(lead.toString()).post("/api/leads").then().statusCode(403);
        asOrganiser().contentType(ContentType.JSON).body(lead.toString()).post("/api/leads").then().statusCode(403);
        asMonitor().get("/api/leads/" + id).then().statusCode(404);
        record(lead, "450000").then().statusCode(201);
        asRegionalOffice("440000").contentType(ContentType.JSON).body("{\"stage\": \"NEGOTIATING\", \"on\": "
                + "\"2025-04-01\"}").post("/api/leads/" + id + "/transitions").then().statusCode(403);
        asMonitor().get("/api/leads/" + id).then().statusCode(200).body("stage", equalTo("LEAD"));
    }

    @Test
    void movesForwardIsDroppedWithAReasonAndNeverLeavesAFinalStage() {
        String id = newId();
        record(lead(id, "450500", "3825", 100_000_000L, "2025-03-01"), "450500").then().statusCode(201);

        move(id, "{\"stage\": \"NEGOTIATING\", \"on\": \"2025-04-01\", \"note\": \"企业来桂考察\"}").then().statusCode(201)
                .body("stage", equalTo("NEGOTIATING"));
        move(id, "{\"stage\": \"NEGOTIATING\", \"on\": \"2025-04-01\", \"note\": \"企业来桂考察\"}").then().statusCode(200);
        move(id, "{\"stage\": \"LEAD\", \"on\": \"2025-04-02\"}").then().statusCode(409)
                .body("detail", containsString("forward only"));
        move(id, "{\"stage\": \"SIGNED\", \"on\": \"2025-03-02\"}").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("stage", "on"));
        move(id, "{\"stage\": \"DROPPED\", \"on\": \"2025-05-01\"}").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("note"));
        contact(id, "{\"on\": \"2025-04-20\", \"note\": \"二次洽谈\"}").then().statusCode(201)
                .body("contacts.size()", equalTo(2));
        contact(id, "{\"on\": \"2025-04-20\", \"note\": \"二次洽谈\"}").then().statusCode(200);
        contact(id, "{\"on\": \"2025-02-01\"}").then().statusCode(400).body("errors.field", containsInAnyOrder("on"));
        move(id, "{\"stage\": \"DROPPED\", \"on\": \"2025-05-01\", \"note\": \"企业转投越南\"}").then().statusCode(201)
                .body("stage", equalTo("DROPPED")).body("droppedBecause", equalTo("企业转投越南"))
                .body("history.stage", equalTo(List.of("LEAD", "NEGOTIATING", "DROPPED")));
        move(id, "{\"stage\": \"INTENT\", \"on\": \"2025-05-02\"}").then().statusCode(409)
                .body("detail", containsString("final"));
        for (int day = 2; day <= 99; day++) {
            contact(id, "{\"on\": \"2025-04-20\", \"note\": \"第" + day + "次\"}").then().statusCode(201);
        }
        contact(id, "{\"on\": \"2025-04-21\"}").then().statusCode(409).body("detail", containsString("100 contacts"));
        move("NO-SUCH-LEAD", "{\"stage\": \"INTENT\", \"on\": \"2025-05-02\"}").then().statusCode(404);
    }

    @Test
    void convertsIntoTheSigningItBecameOnceAndNoOtherLeadTakesThatSigning() {
        String signing = signing("450500");
        String id = newId();
        record(lead(id, "450000", "3825", 1_500_000_000L, "2025-03-01"), "450000").then().statusCode(201);

        asMonitor().get("/api/signings/" + signing).then().statusCode(200).body("leadId", nullValue());
        convert(id, signing).then().statusCode(201).body("stage", equalTo("SIGNED"))
                .body("conversion.signingId", equalTo(signing)).body("conversion.signedOn", equalTo("2025-07-20"))
                .body("history[1].on", equalTo("2025-07-20"));
        convert(id, signing).then().statusCode(200);
        asMonitor().get("/api/signings/" + signing).then().statusCode(200).body("leadId", equalTo(id));
        String other = newId();
        record(lead(other, "450500", "3825", 100_000_000L, "2025-03-01"), "450500").then().statusCode(201);
        convert(other, signing).then().statusCode(409).body("detail", containsString("already linked to lead " + id));
        convert(other, UUID.randomUUID().toString()).then().statusCode(404);
        convert(other, "not-a-uuid").then().statusCode(400).body("errors.field", containsInAnyOrder("signingId"));
        String elsewhere = signing("522600");
        convert(other, elsewhere).then().statusCode(409).body("detail", containsString("outside the lead's region"));
        move(id, "{\"stage\": \"DROPPED\", \"on\": \"2025-08-01\", \"note\": \"x\"}", "450000").then()
                .statusCode(409).body("detail", containsString("final"));
    }

    /**
     * 黔东南 (522600)'s pipeline by hand: firm X has two projects (在谈 3亿, 意向 2亿), firm Y one still 线索 (1亿, no
     * credit code), firm Z one dropped (0.5亿), firm W one signed 80 days after first contact (4亿): 4 firms, 5 leads
     * of 10.5亿, 2 in negotiation of 5亿, one of two ended leads converted.
     */
    @Test
    void aRegionsFiguresAreExact() {
        String region = "522600";
        String x = IntakeFixtures.creditCode();
        record(lead(newId(), region, "3411", 300_000_000L, "2025-05-01", "X公司", x), region);
        String second = newId();
        record(lead(second, region, "3411", 200_000_000L, "2025-05-01", "X公司", x), region);
        String y = newId();
        record(lead(y, region, "3411", 100_000_000L, "2025-05-01", "Y公司", null), region).then().statusCode(201);
        String z = newId();
        record(lead(z, region, "3411", 50_000_000L, "2025-05-01", "Z公司", IntakeFixtures.creditCode()), region);
        String w = newId();
        record(lead(w, region, "3411", 400_000_000L, "2025-05-01", "W公司", IntakeFixtures.creditCode()), region);
        List<String> all = asMonitor().get("/api/leads?region=" + region + "&stage=LEAD").path("items.leadId");
        move(all.stream().filter(id -> !id.equals(second) && !id.equals(y) && !id.equals(z) && !id.equals(w))
                .findFirst().orElseThrow(), "{\"stage\": \"NEGOTIATING\", \"on\": \"2025-06-01\"}", region);
        move(second, "{\"stage\": \"INTENT\", \"on\": \"2025-06-01\"}", region);
        move(z, "{\"stage\": \"DROPPED\", \"on\": \"2025-06-01\", \"note\": \"企业资金链断裂\"}", region);
        convert(w, signing(region), region).then().statusCode(201);

        for (String scope : List.of("region:" + region, "region:520000", "industry:34")) {
            asMonitor().get("/api/pipeline/figures?scope=" + scope).then().statusCode(200)
                    .body("scope", equalTo(scope))
                    .body("firmsContacted", equalTo(4))
                    .body("leads.count", equalTo(5)).body("leads.amountYuan", equalTo(1_050_000_000))
                    .body("inNegotiation.count", equalTo(2)).body("inNegotiation.amountYuan", equalTo(500_000_000))
                    .body("byStage.LEAD.count", equalTo(1)).body("byStage.SIGNED.amountYuan", equalTo(400_000_000))
                    .body("converted", equalTo(1)).body("dropped", equalTo(1))
                    .body("conversionRate", equalTo(0.5f)).body("medianDaysToSigning", equalTo(80));
        }
    }

    private static String newId() {
        return "L-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static ObjectNode lead(String id, String region, String industry, long yuan, String firstContact) {
        return lead(id, region, industry, yuan, firstContact, "深圳市华阳新能源科技有限公司", IntakeFixtures.creditCode());
    }

    private static ObjectNode lead(String id, String region, String industry, long yuan, String firstContact,
                                   String firm, String creditCode) {
        ObjectNode lead = IntakeFixtures.JSON.createObjectNode().put("leadId", id).put("projectName", "储能电池项目")
                .put("destinationRegion", region).put("industryCode", industry).put("expectedInvestmentYuan", yuan)
                .put("officer", "投资促进局 王敏").put("firstContactOn", firstContact);
        lead.putObject("firm").put("name", firm).put("creditCode", creditCode).put("originRegion", "440300");
        return lead;
    }

    /** A fresh registered signing going to {@code region}, signed 2025-07-20; its id. */
    private static String signing(String region) {
        ObjectNode signing = IntakeFixtures.signing("P-" + System.nanoTime()).put("destinationRegion", region);
        return SigningApiTest.post(IntakeFixtures.newEvent(), signing).then().statusCode(201).extract().path("id");
    }

    private static Response record(ObjectNode lead, String officeRegion) {
        return asRegionalOffice(officeRegion).contentType(ContentType.JSON).body(lead.toString()).post("/api/leads");
    }

    private static Response move(String id, String body) {
        return move(id, body, "450500");
    }

    private static Response move(String id, String body, String officeRegion) {
        return asRegionalOffice(officeRegion).contentType(ContentType.JSON).body(body)
                .post("/api/leads/" + id + "/transitions");
    }

    private static Response contact(String id, String body) {
        return asRegionalOffice("450500").contentType(ContentType.JSON).body(body).post("/api/leads/" + id + "/contacts");
    }

    private static Response convert(String id, String signingId) {
        return convert(id, signingId, "450000");
    }

    private static Response convert(String id, String signingId, String officeRegion) {
        return asRegionalOffice(officeRegion).contentType(ContentType.JSON)
                .body("{\"signingId\": \"" + signingId + "\"}").post("/api/leads/" + id + "/conversion");
    }
}
