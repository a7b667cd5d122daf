package cn.yanzhen.tracking.figures;

import static cn.yanzhen.platform.testing.Tokens.asMonitor;
import static cn.yanzhen.platform.testing.Tokens.asRegionalOffice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.yanzhen.contracts.ContractValidator;
import cn.yanzhen.contracts.EventTypes;
import cn.yanzhen.contracts.Topics;
import cn.yanzhen.contracts.signing.Investor;
import cn.yanzhen.contracts.signing.Signing;
import cn.yanzhen.contracts.signing.SigningStatus;
import cn.yanzhen.platform.testing.EventPublisher;
import cn.yanzhen.platform.testing.YanzhenTestResource;
import cn.yanzhen.tracking.SigningCopies;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The sending side (docs/contract.md §4.5.5) between three provinces whose figures no other test of tracking reads:
 * Tianjin (120000, east, 0.7041 tCO₂/MWh), Shanxi (140000, central, 0.7096) and Shaanxi (610000, west, the national
 * average 0.5366; Xi'an 610100). Every expectation is computed by hand in the comments; the zone flows, which other tests' projects
 * share, are compared as the difference this cohort makes.
 */
@QuarkusTest
@WithTestResource(YanzhenTestResource.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FlowFiguresTest extends FiguresOnTheBroker {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String EVENT = "EV-FLOWS";
    private static final List<String> OURS = List.of("flow:120000:", "flow:140000:", "flow:610000:");

    @Test
    void flowsBetweenThreeProvincesCountSignedCommencedInvestedEnergyAndCarbon() throws Exception {
        Map<String, JsonNode> zonesBefore = flows("zone");
        Signing a = signing("120000", "610100", 800_000_000L, 100.0);
        Signing b = signing("120000", "610100", 200_000_000L, 50.0);
        Signing c = signing("610100", "140000", 500_000_000L, 40.0);
        Signing d = signing("140000", "120000", 300_000_000L, 20.0);
        Signing e = signing("140000", "610100", 100_000_000L, null);
        List.of(a, b, c, d, e).forEach(this::register);
        List.of(a, b, c, d, e).forEach(FlowFiguresTest::awaitProject);
        report(a, "610000", "{\"reportId\": \"FLOW-A\", \"type\": \"COMMENCED\", \"on\": \"2025-08-19\"}");
        report(c, "140000", "{\"reportId\": \"FLOW-C\", \"type\": \"COMMENCED\", \"on\": \"2025-08-29\"}");
        report(d, "120000", "{\"reportId\": \"FLOW-D\", \"type\": \"COMMENCED\", \"on\": \"2025-09-18\"}");
        publisher.publish(Topics.SIGNINGS.name(), EventTypes.SIGNING_WITHDRAWN, e.id().toString(),
                SigningCopies.withdrawn(e));
        await().atMost(WAIT).until(() -> asMonitor().get("/api/stats?origin=140000").jsonPath()
                .getInt("withdrawn.count") == 1);
        Map<TopicPartition, Long> mark = stats.mark();
        report(a, "610000", "{\"reportId\": \"FLOW-I\", \"type\": \"INVESTMENT\", \"cumulativeYuan\": 300000000,"
                + " \"asOf\": \"2025-10-31\"}");

        // Tianjin → Shaanxi: a and b, 10亿 signed; a commenced (8亿, 3亿 invested, 100 GWh): at Shaanxi's factor
        // 100,000 MWh × 0.5366 = 53,660 t, at Tianjin's × 0.7041 = 70,410 t, a change of −16,750 t.
        // Shaanxi → Shanxi: c, 5亿, 40 GWh: 40,000 × 0.7096 = 28,384 t against 40,000 × 0.5366 = 21,464 t: +6,920 t.
        // Shanxi → Tianjin: d, 3亿, 20 GWh: 20,000 × 0.7041 = 14,082 t against 20,000 × 0.7096 = 14,192 t: −110 t.
        // Shanxi → Shaanxi: e was withdrawn, so no flow with a signing is left there.
        await().atMost(WAIT).untilAsserted(() -> assertThat(ours(flows("province")).get("flow:120000:610000")
                .at("/completedInvestmentYuan").asLong()).isEqualTo(300_000_000L));
        Map<String, JsonNode> provinces = ours(flows("province"));
        assertThat(provinces.keySet()).containsExactly("flow:120000:610000", "flow:610000:140000",
                "flow:140000:120000");
        flow(provinces.get("flow:120000:610000"), 2, 1_000_000_000L, 1, 800_000_000L, "100.000", "53660.0000",
                "70410.0000", "-16750.0000");
        flow(provinces.get("flow:610000:140000"), 1, 500_000_000L, 1, 500_000_000L, "40.000", "28384.0000",
                "21464.0000", "6920.0000");
        flow(provinces.get("flow:140000:120000"), 1, 300_000_000L, 1, 300_000_000L, "20.000", "14082.0000",
                "14192.0000", "-110.0000");
        assertThat(provinces.get("flow:120000:610000").at("/cycleTimes/awaitingCommencement/count").asInt())
                .isEqualTo(1);

        // between zones the same three flows: east → west, west → central, central → east
        Map<String, JsonNode> zones = flows("zone");
        assertThat(added(zonesBefore, zones, "zone-flow:EAST:WEST", "/signed/investmentYuan"))
                .isEqualTo(1_000_000_000L);
        assertThat(added(zonesBefore, zones, "zone-flow:EAST:WEST", "/commenced/count")).isEqualTo(1);
        assertThat(added(zonesBefore, zones, "zone-flow:WEST:CENTRAL", "/signed/count")).isEqualTo(1);
        assertThat(added(zonesBefore, zones, "zone-flow:CENTRAL:EAST", "/signed/investmentYuan"))
                .isEqualTo(300_000_000L);
        assertThat(added(zonesBefore, zones, "zone-flow:CENTRAL:WEST", "/signed/count")).isZero();

        // by origin: Tianjin sent a and b; Shaanxi (and Xi'an) sent c; Shanxi sent d and withdrew e
        asMonitor().get("/api/stats?origin=120000").then().statusCode(200)
                .body("signed.investmentYuan", Matchers.equalTo(1_000_000_000))
                .body("commenced.count", Matchers.equalTo(1))
                .body("energy.co2AtOriginTonnes", Matchers.equalTo(70410.0f));
        asMonitor().get("/api/stats?origin=610100").then().body("scope", Matchers.equalTo("origin:610100"))
                .body("signed.count", Matchers.equalTo(1));
        asMonitor().get("/api/stats?origin=610000").then().body("signed.investmentYuan",
                Matchers.equalTo(500_000_000));
        asMonitor().get("/api/stats?origin=140000").then().body("signed.count", Matchers.equalTo(1))
                .body("withdrawn.investmentYuan", Matchers.equalTo(100_000_000));

        // published on yanzhen.stats as the API answers it
        List<ConsumerRecord<String, String>> published = stats.awaitMatching(mark,
                record -> "flow:120000:610000".equals(record.key()), 1, WAIT);
        JsonNode last = EventPublisher.JSON.readTree(published.get(published.size() - 1).value());
        assertThat(ContractValidator.violations(EventTypes.STATS, last)).isEmpty();
        assertThat(last).isEqualTo(provinces.get("flow:120000:610000"));
    }

    @Test
    void anUnknownLevelOrAnOriginWithOtherScopesIsRefusedNamingTheParameter() {
        asMonitor().get("/api/stats/flows?level=county").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", Matchers.equalTo(List.of("level")));
        asMonitor().get("/api/stats/flows").then().statusCode(400).body("errors.field",
                Matchers.equalTo(List.of("level")));
        asMonitor().get("/api/stats?origin=12&event=EV-FLOWS").then().statusCode(400)
                .body("errors.field", Matchers.equalTo(List.of("origin", "origin")));
    }

    private static void flow(JsonNode flow, int signed, long signedYuan, int commenced, long commencedYuan,
                             String gwh, String co2AtDestination, String co2AtOrigin, String co2Change) {
        assertThat(flow.at("/signed/count").asInt()).isEqualTo(signed);
        assertThat(flow.at("/signed/investmentYuan").asLong()).isEqualTo(signedYuan);
        assertThat(flow.at("/commenced/count").asInt()).isEqualTo(commenced);
        assertThat(flow.at("/commenced/investmentYuan").asLong()).isEqualTo(commencedYuan);
        assertThat(flow.at("/energy/demandGwhPerYear").decimalValue()).isEqualByComparingTo(gwh);
        assertThat(flow.at("/energy/co2AtDestinationTonnes").decimalValue()).isEqualByComparingTo(co2AtDestination);
        assertThat(flow.at("/energy/co2AtOriginTonnes").decimalValue()).isEqualByComparingTo(co2AtOrigin);
        assertThat(flow.at("/energy/co2ChangeTonnes").decimalValue()).isEqualByComparingTo(co2Change);
    }

    private static long added(Map<String, JsonNode> before, Map<String, JsonNode> after, String scope, String figure) {
        long was = before.containsKey(scope) ? before.get(scope).at(figure).asLong() : 0;
        long is = after.containsKey(scope) ? after.get(scope).at(figure).asLong() : 0;
        return is - was;
    }

    /** The flows of a level by scope, in the order answered. */
    private static Map<String, JsonNode> flows(String level) throws Exception {
        JsonNode answer = EventPublisher.JSON.readTree(asMonitor().get("/api/stats/flows?level=" + level).then()
                .statusCode(200).extract().asString());
        Map<String, JsonNode> byScope = new LinkedHashMap<>();
        answer.forEach(flow -> byScope.put(flow.get("scope").asText(), flow));
        return byScope;
    }

    private static Map<String, JsonNode> ours(Map<String, JsonNode> flows) {
        Map<String, JsonNode> ours = new LinkedHashMap<>();
        flows.forEach((scope, flow) -> {
            if (OURS.stream().anyMatch(scope::startsWith)) {
                ours.put(scope, flow);
            }
        });
        return ours;
    }

    private static void report(Signing signing, String office, String body) {
        asRegionalOffice(office).contentType(ContentType.JSON).body(body)
                .post("/api/projects/" + signing.id() + "/progress").then().statusCode(201);
    }

    private void register(Signing signing) {
        publisher.publish(Topics.SIGNINGS.name(), EventTypes.SIGNING_REGISTERED, signing.id().toString(), signing);
    }

    private static void awaitProject(Signing signing) {
        await().atMost(WAIT).until(() -> asMonitor().get("/api/projects/" + signing.id()).statusCode() == 200);
    }

    private static Signing signing(String origin, String destination, long yuan, Double energyGwh) {
        return new Signing(UUID.randomUUID(), EVENT, "REF-" + UUID.randomUUID(), "转移项目",
                new Investor("天津市测试制造有限公司", "91330000MA2H1K7Q3C", origin), destination, null, "3841", yuan,
                LocalDate.of(2025, 7, 20), null, null, energyGwh, null, SigningStatus.REGISTERED, Instant.now(), null,
                null, null);
    }
}
