package cn.yanzhen.intake.api.park;

import static cn.yanzhen.platform.testing.Tokens.asAdmin;
import static cn.yanzhen.platform.testing.Tokens.asMonitor;
import static cn.yanzhen.platform.testing.Tokens.asOrganiser;
import static cn.yanzhen.platform.testing.Tokens.asRegionalOffice;
import static cn.yanzhen.platform.testing.Tokens.asVerifier;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

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
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The park registry: who writes, what a repeated or changed park answers, the list by region, the topic. */
@QuarkusTest
@WithTestResource(YanzhenTestResource.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ParkApiTest {

    private final TopicReader parks = new TopicReader(TestInfrastructure.endpoints().kafkaBootstrap(),
            Topics.PARKS.name());

    @AfterAll
    void closeTopic() {
        parks.close();
    }

    @Test
    void theProvinceRegistersAParkWhichIsPublishedAndAuditedOnce() throws Exception {
        String code = ParkFixtures.newCode();
        Map<TopicPartition, Long> mark = parks.mark();

        ParkFixtures.put(asRegionalOffice("450000"), code, ParkFixtures.coBuilt()).statusCode(201)
                .header("Location", containsString("/api/parks/" + code))
                .body("code", equalTo(code)).body("region", equalTo("451400")).body("partner", equalTo("440000"))
                .body("availableLandMu", equalTo(6200.5f)).body("priorityIndustries", equalTo(List.of("3825", "39")));
        ParkFixtures.put(asRegionalOffice("450000"), code, ParkFixtures.coBuilt()).statusCode(200)
                .body("name", equalTo("江门（崇左）产业园"));
        asOrganiser().get("/api/parks/" + code).then().statusCode(200).body("level", equalTo("PROVINCIAL"));

        ConsumerRecord<String, String> record = parks.awaitRecords(mark, 1, Duration.ofSeconds(60)).get(0);
        assertThat(record.key()).isEqualTo(code);
        assertThat(TopicReader.header(record, "ce_type")).isEqualTo(EventTypes.PARK_CHANGED);
        JsonNode payload = ParkFixtures.JSON.readTree(record.value());
        assertThat(ContractValidator.violations(EventTypes.PARK_CHANGED, payload)).isEmpty();
        assertThat(payload.get("name").asText()).isEqualTo("江门（崇左）产业园");
        asMonitor().queryParam("entity", "park:" + code).get("/api/audit").then().body("total", equalTo(1))
                .body("items[0].action", equalTo("park.save")).body("items[0].subject", equalTo("office-450000"));
    }

    @Test
    void aChangeIsPublishedWithTheStateBeforeAndAfterInTheAudit() throws Exception {
        String code = ParkFixtures.register(ParkFixtures.newCode(), ParkFixtures.coBuilt());
        Map<TopicPartition, Long> mark = parks.mark();
        ObjectNode changed = ParkFixtures.coBuilt().put("availableLandMu", 5_000.0).put("level", "NATIONAL");

        ParkFixtures.put(asAdmin(), code, changed).statusCode(200).body("availableLandMu", equalTo(5000.0f))
                .body("level", equalTo("NATIONAL"));

        JsonNode payload = ParkFixtures.JSON.readTree(parks.awaitMatching(mark, record -> code.equals(record.key()), 1,
                Duration.ofSeconds(60)).get(0).value());
        assertThat(payload.get("availableLandMu").asDouble()).isEqualTo(5_000.0);
        asMonitor().queryParam("entity", "park:" + code).get("/api/audit").then().body("total", equalTo(2))
                .body("items[0].before.availableLandMu", equalTo(6200.5f))
                .body("items[0].after.availableLandMu", equalTo(5000.0f));
    }

    @Test
    void aParkKeepsItsRegion() {
        String code = ParkFixtures.register(ParkFixtures.newCode(), ParkFixtures.park("铁山港工业区", "450500"));

        ParkFixtures.put(asAdmin(), code, ParkFixtures.park("铁山港工业区", "450100")).statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("450500"));
        asMonitor().get("/api/parks/" + code).then().body("region", equalTo("450500"));
    }

    @Test
    void onlyTheProvinceContainingTheParkOrAnAdminWrites() {
        String code = ParkFixtures.newCode();
        ObjectNode park = ParkFixtures.park("铁山港工业区", "450500");

        ParkFixtures.put(asRegionalOffice("450500"), code, park).statusCode(403)
                .body("detail", containsString("province"));
        ParkFixtures.put(asRegionalOffice("440000"), code, park).statusCode(403);
        ParkFixtures.put(asOrganiser(), code, park).statusCode(403);
        ParkFixtures.put(asVerifier("450000"), code, park).statusCode(403);
        ParkFixtures.put(asMonitor(), code, park).statusCode(403);
        asMonitor().get("/api/parks/" + code).then().statusCode(404);
        asMonitor().queryParam("entity", "park:" + code).get("/api/audit").then().body("total", equalTo(0));
    }

    @Test
    void aRegionListsTheParksInsideIt() {
        String beihai = ParkFixtures.register(ParkFixtures.newCode(), ParkFixtures.park("北海工业园区", "450500"));
        String chongzuo = ParkFixtures.register(ParkFixtures.newCode(), ParkFixtures.coBuilt());

        asVerifier("450000").queryParam("region", "450000").queryParam("size", "500").get("/api/parks").then()
                .statusCode(200).body("items.code", hasItems(beihai, chongzuo));
        asMonitor().queryParam("region", "450500").queryParam("size", "500").get("/api/parks").then()
                .body("items.code", hasItems(beihai)).body("items.code", not(hasItems(chongzuo)))
                .body("items.region", not(hasItems("451400")));
        asMonitor().queryParam("region", "999999").get("/api/parks").then().statusCode(400)
                .body("errors[0].field", equalTo("region"));
        asMonitor().get("/api/parks/NO-SUCH-PARK").then().statusCode(404);
    }
}
