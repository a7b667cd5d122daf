package cn.yanzhen.tracking.figures;

import static cn.yanzhen.platform.testing.Tokens.asMonitor;
import static cn.yanzhen.platform.testing.Tokens.asRegionalOffice;
import static cn.yanzhen.platform.testing.Tokens.asVerifier;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import cn.yanzhen.contracts.ContractValidator;
import cn.yanzhen.contracts.EventTypes;
import cn.yanzhen.contracts.Topics;
import cn.yanzhen.contracts.capacity.RegionCapacity;
import cn.yanzhen.contracts.signing.Investor;
import cn.yanzhen.contracts.signing.Signing;
import cn.yanzhen.contracts.signing.SigningStatus;
import cn.yanzhen.platform.testing.EventPublisher;
import cn.yanzhen.platform.testing.YanzhenTestResource;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Cycle times and energy figures (docs/contract.md §4.5.1, §4.5.2) over a cohort of projects in Yibin (511500,
 * Sichuan: 0.1404 tCO₂/MWh), in an event of this test's own so its figures are exactly the cohort's. Every
 * expectation is computed by hand in the comments.
 */
@QuarkusTest
@WithTestResource(YanzhenTestResource.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CycleAndEnergyFiguresTest extends FiguresOnTheBroker {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final LocalDate SIGNED = LocalDate.of(2025, 7, 20);
    private static final String EVENT = "EV-CYCLE";
    private static final String DESTINATION = "511500";
    private static final String PROVINCE = "510000";

    @Test
    void aCohortsCycleTimesEnergyAndCarbonFollowItsReportsCorrectionsAndWithdrawals() throws Exception {
        Signing p1 = signing(SIGNED, 100.0, "440300");   // Guangdong: national average 0.5366
        Signing p2 = signing(SIGNED, 50.0, "130000");    // Hebei 0.7252
        Signing p3 = signing(SIGNED, 20.0, "330100");
        Signing p4 = signing(SIGNED, 10.0, "440300");
        Signing p5 = signing(LocalDate.of(2025, 8, 1), null, "440300");
        Signing p6 = signing(SIGNED, 30.0, "440300");
        Signing p7 = signing(SIGNED, 70.0, "440300");
        List<Signing> cohort = List.of(p1, p2, p3, p4, p5, p6, p7);
        cohort.forEach(this::register);
        cohort.forEach(CycleAndEnergyFiguresTest::awaitProject);

        report(p1, "C1", "COMMENCED", "2025-08-19");     // 30 days
        report(p1, "P1", "IN_PRODUCTION", "2025-12-17"); // 120 days after commencing
        report(p2, "C2", "COMMENCED", "2025-09-18");     // 60 days
        report(p3, "C3", "COMMENCED", "2025-10-08");     // 80 days, then cancelled
        asRegionalOffice(PROVINCE).contentType(ContentType.JSON)
                .body("{\"reportId\": \"X3\", \"type\": \"CANCELLED\", \"reason\": \"投资方退出\"}")
                .post("/api/projects/" + p3.id() + "/progress").then().statusCode(201);
        report(p6, "C6", "COMMENCED", "2025-08-29");     // 40 days
        report(p7, "C7", "COMMENCED", "2025-08-09");     // 20 days, then withdrawn
        publisher.publish(Topics.SIGNINGS.name(), EventTypes.SIGNING_WITHDRAWN, p7.id().toString(), withdrawn(p7));

        // steps: 30 40 60 80 (p3 cancelled keeps the step it took; p7 withdrawn is gone): median rank 2 → 40,
        // p90 rank ⌈3.6⌉ = 4 → 80; production: p1's 120; waiting to commence: p4 (2025-07-20) and p5 (2025-08-01);
        // waiting for production: p2 since 2025-09-18 and p6 since 2025-08-29
        await().atMost(WAIT).untilAsserted(() -> figures().body("withdrawn.count", equalTo(1))
                .body("cycleTimes.signingToCommencement.projects", equalTo(4)));
        cycleTimes(40, "2025-08-29");

        // the verifier rejects p6's commencement; the office corrects it to 2025-09-08: 50 days
        asVerifier(PROVINCE).contentType(ContentType.JSON)
                .body("{\"verdict\": \"REJECTED\", \"note\": \"开工日期与施工许可证不符\"}")
                .post("/api/projects/" + p6.id() + "/reports/C6/verification").then().statusCode(201);
        report(p6, "C6-2", "COMMENCED", "2025-09-08");
        // steps: 30 50 60 80: median 50, p90 80; p6 waits for production since 2025-09-08
        await().atMost(WAIT).untilAsserted(() -> cycleTimes(50, "2025-09-08"));

        // commenced and open: p1 100 GWh from Guangdong, p2 50 GWh from Hebei, p6 30 GWh from Guangdong = 180 GWh
        // at Sichuan's 0.1404: 180,000 MWh × 0.1404 = 25,272 t
        // at the origins: 100,000 × 0.5366 + 50,000 × 0.7252 + 30,000 × 0.5366 = 53,660 + 36,260 + 16,098 = 106,018 t
        Map<TopicPartition, Long> mark = stats.mark();
        publisher.publish(Topics.REGION_CAPACITY.name(), EventTypes.REGION_CAPACITY, PROVINCE, capacity(0.75));
        await().atMost(WAIT).untilAsserted(() -> figures().body("energy.greenPowerShare", equalTo(0.75f)));
        figures().body("energy.demandGwhPerYear", equalTo(180.0f))
                .body("energy.co2AtDestinationTonnes", equalTo(25272.0f))
                .body("energy.co2AtOriginTonnes", equalTo(106018.0f))
                .body("energy.co2ChangeTonnes", equalTo(-80746.0f))
                .body("energy.withoutGreenPowerProfileGwh", equalTo(0.0f));
        // a new share is published on yanzhen.stats for the scopes with demand there, as the API reads it
        List<ConsumerRecord<String, String>> published = stats.awaitRecords(mark, 1, WAIT).stream()
                .filter(record -> ("event:" + EVENT).equals(record.key())).toList();
        assertThat(published).isNotEmpty();
        JsonNode last = EventPublisher.JSON.readTree(published.get(published.size() - 1).value());
        assertThat(ContractValidator.violations(EventTypes.STATS, last)).isEmpty();
        assertThat(last).isEqualTo(EventPublisher.JSON.readTree(asMonitor().get("/api/stats?event=" + EVENT).asString()));
        assertThat(last.at("/energy/greenPowerShare").asDouble()).isEqualTo(0.75);

        publisher.publish(Topics.REGION_CAPACITY.name(), EventTypes.REGION_CAPACITY, PROVINCE, capacity(0.5));
        await().atMost(WAIT).untilAsserted(() -> figures().body("energy.greenPowerShare", equalTo(0.5f)));
        // beyond the event, the region counts the same cohort
        asMonitor().get("/api/stats?region=" + DESTINATION).then()
                .body("cycleTimes.signingToCommencement.medianDays", equalTo(50))
                .body("energy.co2AtDestinationTonnes", equalTo(25272.0f));
    }

    private void cycleTimes(int median, String oldestAwaitingProduction) {
        figures().body("cycleTimes.signingToCommencement.projects", equalTo(4))
                .body("cycleTimes.signingToCommencement.medianDays", equalTo(median))
                .body("cycleTimes.signingToCommencement.p90Days", equalTo(80))
                .body("cycleTimes.commencementToProduction.projects", equalTo(1))
                .body("cycleTimes.commencementToProduction.medianDays", equalTo(120))
                .body("cycleTimes.commencementToProduction.p90Days", equalTo(120))
                .body("cycleTimes.awaitingCommencement.count", equalTo(2))
                .body("cycleTimes.awaitingCommencement.oldestSince", equalTo("2025-07-20"))
                .body("cycleTimes.awaitingProduction.count", equalTo(2))
                .body("cycleTimes.awaitingProduction.oldestSince", equalTo(oldestAwaitingProduction));
    }

    private static ValidatableResponse figures() {
        return asMonitor().get("/api/stats?event=" + EVENT).then().statusCode(200);
    }

    private static void report(Signing signing, String reportId, String type, String on) {
        asRegionalOffice(PROVINCE).contentType(ContentType.JSON)
                .body("{\"reportId\": \"" + reportId + "\", \"type\": \"" + type + "\", \"on\": \"" + on + "\"}")
                .post("/api/projects/" + signing.id() + "/progress").then().statusCode(201);
    }

    private void register(Signing signing) {
        publisher.publish(Topics.SIGNINGS.name(), EventTypes.SIGNING_REGISTERED, signing.id().toString(), signing);
    }

    private static void awaitProject(Signing signing) {
        await().atMost(WAIT).until(() -> asMonitor().get("/api/projects/" + signing.id()).statusCode() == 200);
    }

    private static RegionCapacity capacity(double greenPowerShare) {
        return new RegionCapacity(PROVINCE, "WEST", 1, new RegionCapacity.Profile(3, 5000, 80000, 20000, greenPowerShare,
                70, List.of("38"), List.of(), List.of()), new RegionCapacity.Amounts(0, 0, 0),
                new RegionCapacity.Amounts(5000, 80000, 20000), false, Instant.now());
    }

    private static Signing withdrawn(Signing signing) {
        return new Signing(signing.id(), signing.eventCode(), signing.externalRef(), signing.projectName(),
                signing.investor(), signing.destinationRegion(), signing.park(), signing.industryCode(),
                signing.investmentYuan(), signing.signedOn(), signing.expectedJobs(), signing.landHa(),
                signing.energyGwhPerYear(), signing.plannedCommencement(), SigningStatus.WITHDRAWN,
                signing.registeredAt(), new Signing.Withdrawal("主办方撤回", Instant.now()), null, signing.promise());
    }

    private static Signing signing(LocalDate signedOn, Double energyGwh, String origin) {
        return new Signing(UUID.randomUUID(), EVENT, "REF-" + UUID.randomUUID(), "锂电池材料项目",
                new Investor("深圳市测试新能源有限公司", "91330000MA2H1K7Q3C", origin), DESTINATION, null, "3841",
                500_000_000L, signedOn, null, null, energyGwh, null, SigningStatus.REGISTERED, Instant.now(), null, null, null);
    }
}
