package cn.yanzhen.intake.api;

import static cn.yanzhen.platform.testing.Tokens.asMonitor;
import static cn.yanzhen.platform.testing.Tokens.asOrganiser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import cn.yanzhen.contracts.EventTypes;
import cn.yanzhen.platform.testing.TopicReader;
import cn.yanzhen.platform.testing.YanzhenTestResource;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(YanzhenTestResource.class)
class SigningApiTest extends ReadsSigningsTopic {

    @Test
    void anAcceptedSigningIsStoredAndPublishedOnceWithItsCloudEventsHeaders() {
        String event = IntakeFixtures.newEvent();
        Map<TopicPartition, Long> mark = topic.mark();

        Response created = post(event, IntakeFixtures.signing("GX-001"));
        created.then().statusCode(201).body("status", equalTo("REGISTERED")).body("eventCode", equalTo(event))
                .body("investor.originRegion", equalTo("440300")).body("registeredAt", notNullValue());
        String id = created.path("id");

        ConsumerRecord<String, String> record = topic.await(mark, 1).get(0);
        assertThat(record.key()).isEqualTo(id);
        assertThat(TopicReader.header(record, "ce_type")).isEqualTo(EventTypes.SIGNING_REGISTERED);
        assertThat(SigningsTopic.payload(record).get("projectName").asText()).isEqualTo("年产20GW光伏组件项目");
        asMonitor().get("/api/signings/" + id).then().statusCode(200).body("externalRef", equalTo("GX-001"));
        assertThat(created.header("Location")).endsWith("/api/signings/" + id);
    }

    @Test
    void aPromiseAtFullProductionIsStoredPublishedAndPartOfWhatMakesASigningTheSame() {
        String event = IntakeFixtures.newEvent();
        ObjectNode signing = IntakeFixtures.signing("GX-PROMISE");
        IntakeFixtures.promise(signing);
        Map<TopicPartition, Long> mark = topic.mark();

        String id = post(event, signing).then().statusCode(201).body("promise.capacityUnit", equalTo("吨/月"))
                .extract().path("id");
        post(event, signing).then().statusCode(200).body("id", equalTo(id));
        IntakeFixtures.promise(signing).put("annualTaxYuan", 1L);
        post(event, signing).then().statusCode(409);

        JsonNode promise = SigningsTopic.payload(topic.await(mark, 1).get(0)).get("promise");
        assertThat(promise.get("designCapacity").asDouble()).isEqualTo(8000.0);
        assertThat(promise.get("annualOutputYuan").asLong()).isEqualTo(1_600_000_000L);
        assertThat(promise.get("fullProductionBy").asText()).isEqualTo("2027-12-31");
        asMonitor().get("/api/signings/" + id).then().body("promise.annualTaxYuan", equalTo(80_000_000));
    }

    @Test
    void theSameSigningPostedTwiceIsOneRecord() {
        String event = IntakeFixtures.newEvent();
        ObjectNode signing = IntakeFixtures.signing("GX-002");
        Map<TopicPartition, Long> mark = topic.mark();

        String id = post(event, signing).then().statusCode(201).extract().path("id");
        post(event, signing).then().statusCode(200).body("id", equalTo(id));
        String marker = post(event, IntakeFixtures.signing("GX-002-marker")).path("id");

        List<ConsumerRecord<String, String>> records = topic.await(mark, 2);
        assertThat(records).extracting(ConsumerRecord::key).containsExactlyInAnyOrder(id, marker);
    }

    @Test
    void theSameExternalRefWithOtherContentIsAConflictAndChangesNothing() {
        String event = IntakeFixtures.newEvent();
        ObjectNode signing = IntakeFixtures.signing("GX-003");
        String id = post(event, signing).path("id");

        post(event, signing.put("investmentYuan", 2_000_000_000L)).then().statusCode(409)
                .contentType("application/problem+json").body("detail", org.hamcrest.Matchers.containsString(id));
        asMonitor().get("/api/signings/" + id).then().body("investmentYuan", equalTo(1_500_000_000));
    }

    @Test
    void aWithdrawalIsPublishedAndASecondOneIsAConflict() {
        String event = IntakeFixtures.newEvent();
        Map<TopicPartition, Long> beforeRegistration = topic.mark();
        String id = post(event, IntakeFixtures.signing("GX-004")).path("id");
        topic.await(beforeRegistration, 1);
        Map<TopicPartition, Long> mark = topic.mark();

        withdraw(id, "{\"reason\": \"投资方调整产能布局\"}").then().statusCode(200)
                .body("status", equalTo("WITHDRAWN")).body("withdrawal.reason", equalTo("投资方调整产能布局"));
        withdraw(id, "{\"reason\": \"again\"}").then().statusCode(409).contentType("application/problem+json");

        ConsumerRecord<String, String> record = topic.await(mark, 1).get(0);
        assertThat(TopicReader.header(record, "ce_type")).isEqualTo(EventTypes.SIGNING_WITHDRAWN);
        assertThat(record.key()).isEqualTo(id);
        assertThat(topic.countSince(mark)).isEqualTo(1);
    }

    @Test
    void aWithdrawalNeedsAReasonAndAnExistingSigning() {
        String event = IntakeFixtures.newEvent();
        String id = post(event, IntakeFixtures.signing("GX-005")).path("id");

        withdraw(id, "{}").then().statusCode(400).body("errors.field", hasItem("reason"));
        withdraw(id, "{\"reason\": \"x\", \"by\": \"me\"}").then().statusCode(400).body("errors.field", hasItem("by"));
        withdraw("6f1c2d3e-0000-4000-8000-000000000000", "{\"reason\": \"x\"}").then().statusCode(404);
        asMonitor().get("/api/signings/" + id).then().body("status", equalTo("REGISTERED"));
    }

    @Test
    void listsTheSigningsOfAnEventWithPaging() {
        String event = IntakeFixtures.newEvent();
        for (int i = 1; i <= 3; i++) {
            post(event, IntakeFixtures.signing("GX-L" + i)).then().statusCode(201);
        }

        asMonitor().get("/api/events/" + event + "/signings?page=1&size=2").then().statusCode(200)
                .body("total", equalTo(3)).body("page", equalTo(1)).body("size", equalTo(2))
                .body("items.size()", equalTo(1)).body("items[0].externalRef", equalTo("GX-L3"));
        asMonitor().get("/api/events/NO-SUCH-EVENT/signings").then().statusCode(404);
        asMonitor().get("/api/signings/not-a-uuid").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void searchesAnEventsSigningsByProjectOrInvestorName() {
        String event = IntakeFixtures.newEvent();
        ObjectNode solar = IntakeFixtures.signing("GX-Q1");
        ObjectNode battery = IntakeFixtures.signing("GX-Q2").put("projectName", "储能电池Pack项目");
        ((ObjectNode) battery.get("investor")).put("name", "Guangxi Bamboo_Works 100% Ltd");
        post(event, solar).then().statusCode(201);
        post(event, battery).then().statusCode(201);

        search(event, "光伏").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].externalRef", equalTo("GX-Q1"));
        search(event, "bamboo_works").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].externalRef", equalTo("GX-Q2"));
        // % and _ are letters to search for, not wildcards
        search(event, "100%").then().body("total", equalTo(1));
        search(event, "bamboo%works").then().body("total", equalTo(0));
        search(event, "  ").then().body("total", equalTo(2));
        search(event, "长".repeat(101)).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("q"));
    }

    private static Response search(String event, String q) {
        return asMonitor().queryParam("q", q).get("/api/events/" + event + "/signings");
    }

    @Test
    void aSigningForAnUnknownEventIs404() {
        post("NO-SUCH-EVENT", IntakeFixtures.signing("GX-006")).then().statusCode(404)
                .contentType("application/problem+json");
    }

    static Response post(String event, ObjectNode signing) {
        return asOrganiser().contentType(ContentType.JSON).body(signing.toString())
                .post("/api/events/" + event + "/signings");
    }

    private static Response withdraw(String id, String body) {
        return asOrganiser().contentType(ContentType.JSON).body(body).post("/api/signings/" + id + "/withdraw");
    }
}
