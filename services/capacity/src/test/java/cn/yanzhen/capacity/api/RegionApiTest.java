package cn.yanzhen.capacity.api;

import static cn.yanzhen.platform.testing.Tokens.asMonitor;
import static cn.yanzhen.platform.testing.Tokens.asRegionalOffice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import cn.yanzhen.contracts.ContractValidator;
import cn.yanzhen.contracts.EventTypes;
import cn.yanzhen.platform.testing.TestInfrastructure;
import cn.yanzhen.platform.testing.Tokens;
import cn.yanzhen.platform.testing.TopicReader;
import cn.yanzhen.platform.testing.YanzhenTestResource;
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

@QuarkusTest
@WithTestResource(YanzhenTestResource.class)
class RegionApiTest {

    @Test
    void listsRegionsOfAZoneWithTheirDefaultTier() {
        asMonitor().get("/api/regions?zone=WEST&size=500").then().statusCode(200)
                .body("items.zone", everyItem(equalTo("WEST")))
                .body("items.code", hasItem("150100"))
                .body("items.find { it.code == '540000' }.gradientTier", equalTo(3))
                .body("items.find { it.code == '540000' }.profile", nullValue());
        asMonitor().get("/api/regions?zone=EAST&size=500").then()
                .body("items.find { it.code == '440300' }.gradientTier", equalTo(1));
        asMonitor().get("/api/regions?zone=SOUTH").then().statusCode(400).body("errors.field", hasItem("zone"));
        asMonitor().get("/api/regions/999999").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aNewProfileIsCreatedWithVersion1AndPublished() throws Exception {
        try (TopicReader topic = new TopicReader(TestInfrastructure.endpoints().kafkaBootstrap(),
                "yanzhen.region-capacity")) {
            Map<TopicPartition, Long> mark = topic.mark();

            put("150100", CapacityFixtures.profile(100, 30_000, 50_000), null).then().statusCode(201)
                    .header("ETag", "\"1\"").body("profile.version", equalTo(1))
                    .body("remaining.landHa", equalTo(100.0f)).body("reserved.labour", equalTo(0));

            ConsumerRecord<String, String> record = topic.awaitRecords(mark, 1, Duration.ofSeconds(30)).get(0);
            assertThat(record.key()).isEqualTo("150100");
            assertThat(TopicReader.header(record, "ce_type")).isEqualTo(EventTypes.REGION_CAPACITY);
            assertThat(ContractValidator.violations(EventTypes.REGION_CAPACITY,
                    CapacityFixtures.JSON.readTree(record.value()))).isEmpty();
        }
        asMonitor().get("/api/regions/150100").then().statusCode(200).header("ETag", "\"1\"")
                .body("name", equalTo("呼和浩特市")).body("parent", equalTo("150000"))
                .body("profile.industrialBase", containsInAnyOrder("32", "38"));
    }

    @Test
    void changingAProfileNeedsTheVersionRead() {
        put("150200", CapacityFixtures.profile(100, 30_000, 50_000), null).then().statusCode(201);

        put("150200", CapacityFixtures.profile(90, 30_000, 50_000), null).then().statusCode(428)
                .contentType("application/problem+json");
        put("150200", CapacityFixtures.profile(90, 30_000, 50_000), "\"1\"").then().statusCode(200)
                .header("ETag", "\"2\"").body("profile.landAvailableHa", equalTo(90.0f));
        put("150200", CapacityFixtures.profile(80, 30_000, 50_000), "\"1\"").then().statusCode(412)
                .contentType("application/problem+json");
        asMonitor().get("/api/regions/150200").then().body("profile.version", equalTo(2))
                .body("profile.landAvailableHa", equalTo(90.0f));
    }

    @Test
    void aBadProfileNamesEachFieldAndChangesNothing() {
        ObjectNode bad = CapacityFixtures.profile(-1, 30_000, 50_000)
                .put("greenPowerShare", 1.5).put("infrastructureScore", 120).put("gradientTier", 0)
                .put("colour", "red");
        bad.putArray("industrialBase").add("91").add(5);
        bad.remove("labourAvailable");

        put("150600", bad, null).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("landAvailableHa", "greenPowerShare", "infrastructureScore",
                        "gradientTier", "colour", "industrialBase[0]", "industrialBase[1]", "labourAvailable"));
        asMonitor().get("/api/regions/150600").then().body("profile", nullValue());
        put("999999", CapacityFixtures.profile(1, 1, 1), null).then().statusCode(404);
        put("150600", CapacityFixtures.profile(1, 1, 1), "abc").then().statusCode(400)
                .body("errors.field", hasItem("If-Match"));
    }

    @Test
    void aProfileListLongerThanTheClassesOfGbT4754IsRefusedSoItsSnapshotAlwaysFitsAnEvent() {
        ObjectNode huge = CapacityFixtures.profile(1, 1, 1);
        ArrayNode prioritised = huge.putArray("prioritisedIndustries");
        for (int i = 0; i < 150_000; i++) {
            prioritised.add("3825");
        }

        put("130100", huge, null).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("prioritisedIndustries"))
                .body("errors.message", hasItem("must list at most 1380 entries, has 150000"));
        asMonitor().get("/api/regions/130100").then().body("profile", nullValue());
    }

    @Test
    void aRegionalOfficeWritesOnlyInsideItsRegionAndEveryChangeIsAudited() {
        ObjectNode profile = CapacityFixtures.profile(100, 30_000, 50_000);
        Tokens.as(Tokens.regionalOffice("620000")).contentType(ContentType.JSON).body(profile.toString())
                .put("/api/regions/450300/capacity").then().statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("620000"));
        asMonitor().get("/api/regions/450300").then().body("profile", nullValue());

        put("450300", profile, null).then().statusCode(201);
        Tokens.as(Tokens.regionalOffice("450000")).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(CapacityFixtures.profile(90, 30_000, 50_000).toString()).put("/api/regions/450300/capacity")
                .then().statusCode(200);

        asMonitor().queryParam("entity", "region:450300").get("/api/audit").then().statusCode(200)
                .body("total", equalTo(2))
                .body("items[0].subject", equalTo("office-450000")).body("items[0].region", equalTo("450000"))
                .body("items[0].action", equalTo("capacity.profile.save"))
                .body("items[0].before.version", equalTo(1)).body("items[0].before.profile.landAvailableHa",
                        equalTo(100.0f))
                .body("items[0].after.version", equalTo(2)).body("items[0].after.profile.landAvailableHa",
                        equalTo(90.0f))
                .body("items[1].subject", equalTo("office-450300")).body("items[1].before", nullValue());
    }

    @Test
    void aPrefectureWithoutAProfileInheritsItsProvincesTier() {
        ObjectNode province = CapacityFixtures.profile(1000, 100_000, 100_000).put("gradientTier", 2);
        put("620000", province, null).then().statusCode(201);

        asMonitor().get("/api/regions/620900").then().body("gradientTier", equalTo(2)).body("profile", nullValue());
        List<String> codes = asMonitor().get("/api/regions?zone=WEST&size=2&page=0").path("items.code");
        assertThat(codes).hasSize(2);
    }

    static Response put(String code, ObjectNode profile, String ifMatch) {
        var request = asRegionalOffice(code).contentType(ContentType.JSON).body(profile.toString());
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.put("/api/regions/" + code + "/capacity");
    }
}
