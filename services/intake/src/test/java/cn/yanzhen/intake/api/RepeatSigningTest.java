package cn.yanzhen.intake.api;

import static cn.yanzhen.platform.testing.Tokens.as;
import static cn.yanzhen.platform.testing.Tokens.asAdmin;
import static cn.yanzhen.platform.testing.Tokens.asMonitor;
import static cn.yanzhen.platform.testing.Tokens.asOrganiser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import cn.yanzhen.contracts.EventTypes;
import cn.yanzhen.platform.testing.Tokens;
import cn.yanzhen.platform.testing.TopicReader;
import cn.yanzhen.platform.testing.YanzhenTestResource;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

/** A project signed again at a later event is stored and published as a repeat; its organiser has the last word. */
@QuarkusTest
@WithTestResource(YanzhenTestResource.class)
class RepeatSigningTest extends ReadsSigningsTopic {

    @Test
    void aSigningOfTheSameProjectAtALaterEventIsStoredAndPublishedAsARepeatOfTheEarlierOne() {
        String investor = IntakeFixtures.creditCode();
        String earlier = submit(IntakeFixtures.newEvent(), project("A-1", investor, 1_500_000_000L, "2025-07-20"))
                .path("id");
        String later = IntakeFixtures.newEvent();
        Map<TopicPartition, Long> mark = topic.mark();

        Response repeat = submit(later, project("B-1", investor, 1_700_000_000L, "2025-07-21").put("destinationRegion",
                "450000"));
        repeat.then().statusCode(201).body("repeatOf.signingId", equalTo(earlier))
                .body("repeatOf.status", equalTo("SUSPECTED")).body("repeatOf.matchedOn", hasItem("investor.creditCode"));
        String other = submit(later, project("B-2", investor, 2_500_000_000L, "2025-07-21")).then().statusCode(201)
                .body("repeatOf", nullValue()).extract().path("id");

        List<ConsumerRecord<String, String>> records = topic.await(mark, 2);
        JsonNode published = SigningsTopic.payload(records.stream().filter(r -> r.key().equals(repeat.path("id")))
                .findFirst().orElseThrow());
        assertThat(published.at("/repeatOf/signingId").asText()).isEqualTo(earlier);
        asMonitor().get("/api/signings/" + other).then().body("repeatOf", nullValue());
    }

    @Test
    void insideOneBatchALaterRowRepeatsAnEarlierRow() {
        String investor = IntakeFixtures.creditCode();
        ArrayNode rows = IntakeFixtures.JSON.createArrayNode();
        rows.add(project("C-1", investor, 800_000_000L, "2025-07-20"));
        rows.add(project("C-2", investor, 820_000_000L, "2025-07-20"));
        String event = IntakeFixtures.newEvent();
        asOrganiser().contentType(ContentType.JSON).body(rows.toString()).post("/api/events/" + event + "/signings/batch")
                .then().statusCode(200);

        var page = asMonitor().get("/api/events/" + event + "/signings").jsonPath();
        String first = page.getString("items.find { it.externalRef == 'C-1' }.id");
        assertThat(page.getString("items.find { it.externalRef == 'C-1' }.repeatOf")).isNull();
        assertThat(page.getString("items.find { it.externalRef == 'C-2' }.repeatOf.signingId")).isEqualTo(first);
    }

    @Test
    void theOrganiserConfirmsSetsAndRemovesLinksEachPublishedAndAudited() {
        String investor = IntakeFixtures.creditCode();
        String first = submit(IntakeFixtures.newEvent(), project("D-1", investor, 1_000_000_000L, "2025-07-20")).path("id");
        String event = IntakeFixtures.newEvent();
        String suspected = submit(event, project("D-2", investor, 1_100_000_000L, "2025-07-21")).path("id");
        String missed = submit(event, project("D-3", investor, 3_000_000_000L, "2025-07-21")).path("id");
        Map<TopicPartition, Long> mark = topic.mark();

        link(suspected, first, "同一项目，2025年第一批已签约").then().statusCode(200)
                .body("repeatOf.status", equalTo("CONFIRMED")).body("repeatOf.matchedOn", hasItem("investmentYuan"));
        link(missed, first, "扩大投资后重新签约").then().statusCode(200)
                .body("repeatOf.signingId", equalTo(first)).body("repeatOf.matchedOn.size()", equalTo(0));
        asOrganiser().queryParam("note", "不是同一项目").delete("/api/signings/" + suspected + "/repeat-of")
                .then().statusCode(200).body("repeatOf", nullValue());

        List<ConsumerRecord<String, String>> changes = topic.awaitOfType(mark, EventTypes.SIGNING_REPEAT_CHANGED, 3);
        assertThat(changes).hasSize(3);
        JsonNode removal = SigningsTopic.payload(changes.stream().filter(r -> r.key().equals(suspected))
                .reduce((a, b) -> b).orElseThrow());
        assertThat(removal.at("/before/status").asText()).isEqualTo("CONFIRMED");
        assertThat(removal.path("after").isNull()).isTrue();
        asAdmin().get("/api/audit?entity=signing:" + suspected).then()
                .body("items.action", hasItem("signing.repeat-unlink")).body("items.action", hasItem("signing.repeat-link"));
    }

    @Test
    void aLinkTheChainCannotTakeOrABadBodyIsRefusedAndChangesNothing() {
        String investor = IntakeFixtures.creditCode();
        Map<TopicPartition, Long> beforeTwo = topic.mark();
        String first = submit(IntakeFixtures.newEvent(), project("E-1", investor, 1_000_000_000L, "2025-07-20")).path("id");
        String second = submit(IntakeFixtures.newEvent(), project("E-2", investor, 5_000_000_000L, "2025-07-21")).path("id");
        // the relay publishes after the commit: both registrations must be on the topic before the mark
        topic.await(beforeTwo, 2);
        Map<TopicPartition, Long> mark = topic.mark();

        link(first, second, null).then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("after"));
        String third = submit(IntakeFixtures.newEvent(), project("E-3", investor, 1_000_000_000L, "2025-07-22")).path("id");
        asMonitor().get("/api/signings/" + third).then().body("repeatOf.signingId", equalTo(first));
        link(second, third, null).then().statusCode(409).body("detail", containsString(first));
        asOrganiser().contentType(ContentType.JSON).body("{\"signingId\": \"not-an-id\", \"colour\": 1}")
                .put("/api/signings/" + second + "/repeat-of").then().statusCode(400)
                .body("errors.field", hasItem("signingId")).body("errors.field", hasItem("colour"));
        as(Tokens.organiser("NMG-COMMERCE")).contentType(ContentType.JSON).body("{\"signingId\": \"" + first + "\"}")
                .put("/api/signings/" + third + "/repeat-of").then().statusCode(403);
        asOrganiser().delete("/api/signings/" + second + "/repeat-of").then().statusCode(409);

        topic.await(mark, 1);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(topic.countSince(mark)).as("only E-3's registration").isEqualTo(1));
        asMonitor().get("/api/signings/" + third).then().body("repeatOf.status", equalTo("SUSPECTED"));
        asMonitor().get("/api/signings/" + second).then().body("repeatOf", nullValue());
    }

    @Test
    void withdrawingTheEarliestSigningReleasesItsRepeats() {
        String investor = IntakeFixtures.creditCode();
        String first = submit(IntakeFixtures.newEvent(), project("F-1", investor, 1_000_000_000L, "2025-07-20")).path("id");
        String repeat = submit(IntakeFixtures.newEvent(), project("F-2", investor, 1_000_000_000L, "2025-07-21")).path("id");
        asMonitor().get("/api/signings/" + repeat).then().body("repeatOf.signingId", equalTo(first));
        Map<TopicPartition, Long> mark = topic.mark();

        asOrganiser().contentType(ContentType.JSON).body("{\"reason\": \"投资方调整产能布局\"}")
                .post("/api/signings/" + first + "/withdraw").then().statusCode(200);

        List<ConsumerRecord<String, String>> records = topic.await(mark, 2);
        assertThat(records).extracting(record -> TopicReader.header(record, "ce_type"))
                .containsExactlyInAnyOrder(EventTypes.SIGNING_WITHDRAWN, EventTypes.SIGNING_REPEAT_CHANGED);
        asMonitor().get("/api/signings/" + repeat).then().body("repeatOf", nullValue());
    }

    private static ObjectNode project(String ref, String investor, long yuan, String signedOn) {
        ObjectNode signing = IntakeFixtures.signing(ref).put("investmentYuan", yuan).put("signedOn", signedOn);
        ((ObjectNode) signing.get("investor")).put("creditCode", investor);
        return signing;
    }

    private static Response submit(String event, ObjectNode signing) {
        return asOrganiser().contentType(ContentType.JSON).body(signing.toString())
                .post("/api/events/" + event + "/signings");
    }

    private static Response link(String repeat, String earlier, String note) {
        ObjectNode body = IntakeFixtures.JSON.createObjectNode().put("signingId", earlier);
        if (note != null) {
            body.put("note", note);
        }
        return asOrganiser().contentType(ContentType.JSON).body(body.toString())
                .put("/api/signings/" + repeat + "/repeat-of");
    }
}
