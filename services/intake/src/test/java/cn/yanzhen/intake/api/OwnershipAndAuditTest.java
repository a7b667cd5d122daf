package cn.yanzhen.intake.api;

import static cn.yanzhen.platform.testing.Tokens.as;
import static cn.yanzhen.platform.testing.Tokens.asAdmin;
import static cn.yanzhen.platform.testing.Tokens.asMonitor;
import static cn.yanzhen.platform.testing.Tokens.asOrganiser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import cn.yanzhen.contracts.access.Roles;
import cn.yanzhen.contracts.access.TokenRequest;
import cn.yanzhen.platform.testing.TopicReader;
import cn.yanzhen.platform.testing.Tokens;
import cn.yanzhen.platform.testing.YanzhenTestResource;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

/** The organisation that registers an event owns it; every accepted write leaves an audit record. */
@QuarkusTest
@WithTestResource(YanzhenTestResource.class)
class OwnershipAndAuditTest extends ReadsSigningsTopic {

    private static final String OTHER_ORG = "NMG-COMMERCE";

    @Test
    void theRegisteringOrganisationOwnsTheEventAndNoOtherMayWriteToIt() {
        String event = IntakeFixtures.newEvent();
        asMonitor().get("/api/events/" + event).then().body("organiser", equalTo(Tokens.ORGANISER_ORG));

        as(Tokens.organiser(OTHER_ORG)).contentType(ContentType.JSON).body(IntakeFixtures.event(event).toString())
                .post("/api/events").then().statusCode(403).contentType("application/problem+json")
                .body("detail", containsString(Tokens.ORGANISER_ORG));
        as(Tokens.organiser(OTHER_ORG)).contentType(ContentType.JSON)
                .body(IntakeFixtures.signing("NMG-1").toString()).post("/api/events/" + event + "/signings")
                .then().statusCode(403);
        asAdmin().contentType(ContentType.JSON).body(IntakeFixtures.signing("ADMIN-1").toString())
                .post("/api/events/" + event + "/signings").then().statusCode(201);

        asMonitor().get("/api/events/" + event + "/signings").then().body("total", equalTo(1))
                .body("items[0].externalRef", equalTo("ADMIN-1"));
    }

    @Test
    void anOrganiserTokenWithoutAnOrganisationRegistersNothing() {
        String code = "T-NO-ORG";
        as(Tokens.mint(TokenRequest.of("someone", Roles.ORGANISER))).contentType(ContentType.JSON)
                .body(IntakeFixtures.event(code).toString()).post("/api/events").then().statusCode(403)
                .body("detail", containsString("'org'"));
        asMonitor().get("/api/events/" + code).then().statusCode(404);
    }

    @Test
    void aWithdrawalIsAuditedWithItsActorAndStatesAndItsEventNamesTheActor() {
        String event = IntakeFixtures.newEvent();
        String id = SigningApiTest.post(event, IntakeFixtures.signing("AUD-1")).path("id");
        Map<TopicPartition, Long> mark = topic.mark();

        asOrganiser().contentType(ContentType.JSON).body("{\"reason\": \"投资方调整产能布局\"}")
                .post("/api/signings/" + id + "/withdraw").then().statusCode(200);

        asMonitor().queryParam("entity", "signing:" + id).get("/api/audit").then().statusCode(200)
                .body("total", equalTo(2))
                .body("items[0].action", equalTo("signing.withdraw"))
                .body("items[0].subject", equalTo("organiser-gx-commerce"))
                .body("items[0].roles[0]", equalTo(Roles.ORGANISER))
                .body("items[0].org", equalTo(Tokens.ORGANISER_ORG))
                .body("items[0].request.reason", equalTo("投资方调整产能布局"))
                .body("items[0].before.status", equalTo("REGISTERED"))
                .body("items[0].after.status", equalTo("WITHDRAWN"))
                .body("items[1].action", equalTo("signing.register"))
                .body("items[1].request.externalRef", equalTo("AUD-1"));
        asAdmin().queryParam("subject", "organiser-gx-commerce").queryParam("entity", "event:" + event)
                .get("/api/audit").then().body("items[0].after.code", equalTo(event));

        ConsumerRecord<String, String> withdrawn = topic.await(mark, 1).get(0);
        JsonNode actor = SigningsTopic.json(TopicReader.header(withdrawn, "ce_actor"));
        assertThat(actor.get("subject").asText()).isEqualTo("organiser-gx-commerce");
        assertThat(actor.get("org").asText()).isEqualTo(Tokens.ORGANISER_ORG);
    }

    @Test
    void aRefusedWriteLeavesNoAuditRecord() {
        String event = IntakeFixtures.newEvent();
        SigningApiTest.post(event, IntakeFixtures.signing("AUD-2").put("investmentYuan", -1)).then().statusCode(400);

        asAdmin().queryParam("entity", "event:" + event).get("/api/audit").then().body("total", equalTo(1));
        asMonitor().get("/api/events/" + event + "/signings").then().body("total", equalTo(0));
    }
}
