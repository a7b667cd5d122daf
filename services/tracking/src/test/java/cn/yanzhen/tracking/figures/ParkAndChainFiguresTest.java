package cn.yanzhen.tracking.figures;

import static cn.yanzhen.platform.testing.Tokens.asMonitor;
import static cn.yanzhen.platform.testing.Tokens.asRegionalOffice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import cn.yanzhen.contracts.ContractValidator;
import cn.yanzhen.contracts.EventTypes;
import cn.yanzhen.contracts.Topics;
import cn.yanzhen.contracts.signing.Investor;
import cn.yanzhen.contracts.signing.Signing;
import cn.yanzhen.contracts.signing.SigningStatus;
import cn.yanzhen.platform.testing.EventPublisher;
import cn.yanzhen.platform.testing.TestInfrastructure;
import cn.yanzhen.platform.testing.TopicReader;
import cn.yanzhen.platform.testing.YanzhenTestResource;
import cn.yanzhen.tracking.MovableClock;
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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Figures per park and per industrial chain with the land the projects took and what it yields per 亩
 * (docs/contract.md §4.5.7), for projects in Ningxia (640000), a province no other test signs in, in a park and on a chain of this test's own; today is
 * 2026-07-15. Every expected figure is worked out by hand in the comments (1 ha = 15 亩; 万元/亩 = yuan ÷ 10,000 ÷ 亩).
 */
@QuarkusTest
@WithTestResource(YanzhenTestResource.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ParkAndChainFiguresTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String PARK = "NX-TEST";
    private static final String CHAIN = "NX-ELEC-TEST";
    private static final String PROVINCE = "640000";

    private EventPublisher publisher;
    private TopicReader stats;

    @BeforeAll
    void connect() {
        MovableClock.moveTo(LocalDate.of(2026, 7, 15));
        String kafka = TestInfrastructure.endpoints().kafkaBootstrap();
        publisher = new EventPublisher(kafka);
        stats = new TopicReader(kafka, Topics.STATS.name());
    }

    @AfterAll
    void disconnect() {
        publisher.close();
        stats.close();
    }

    @Test
    void aParkAndAChainCountTheirProjectsTheLandTheyTookAndWhatItYieldsPerMu() throws Exception {
        Map<TopicPartition, Long> statsMark = stats.mark();
        // A: 300 M yuan on 10 ha (150 亩), in the park and on the chain; B: 150 M on 5 ha (75 亩), in the park;
        // C: 50 M, in the park and on the chain, no land stated; D: 90 M on 2 ha (30 亩), in the park, withdrawn later
        Signing a = producing(signing(300_000_000L, 10.0, PARK, CHAIN), "2025-03-01");
        Signing b = producing(signing(150_000_000L, 5.0, PARK, null), "2025-06-01");
        Signing c = producing(signing(50_000_000L, null, PARK, CHAIN), "2025-05-01");
        Signing d = signing(90_000_000L, 2.0, PARK, null);
        register(d);

        // the park's land: A, B and D, 150 + 75 + 30 = 255 亩 with 300 + 150 + 90 = 540 M: 54,000 万 ÷ 255 = 211.76
        await().atMost(WAIT).untilAsserted(() -> park().body("land.projects", equalTo(3)));
        park().body("signed.count", equalTo(4)).body("signed.investmentYuan", equalTo(590_000_000))
                .body("land.takenMu", equalTo(255.0f)).body("land.investmentYuan", equalTo(540_000_000))
                .body("land.investmentPerMuWanYuan", equalTo(211.76f));

        publisher.publish(Topics.SIGNINGS.name(), EventTypes.SIGNING_WITHDRAWN, d.id().toString(), withdrawn(d));
        // D leaves: A and B, 225 亩 with 450 M: 45,000 万 ÷ 225 = 200.00 万元/亩
        await().atMost(WAIT).untilAsserted(() -> park().body("land.projects", equalTo(2)));
        park().body("signed.count", equalTo(3)).body("withdrawn.count", equalTo(1))
                .body("land.takenMu", equalTo(225.0f)).body("land.investmentPerMuWanYuan", equalTo(200.0f));

        outcome(a, "PARK-A-2025", "2025", 180_000_000, 9_000_000);
        outcome(b, "PARK-B-2025", "2025", 60_000_000, 3_000_000);
        outcome(c, "PARK-C-2025", "2025", 10_000_000, 1_000_000);
        // 2025 on land: A and B (C stated none), 225 亩; output 180 M + 60 M = 24,000 万 ÷ 225 = 106.67;
        // tax 9 M + 3 M = 1,200 万 ÷ 225 = 5.33. The outcomes themselves count all three: 250 M, 13 M.
        await().atMost(WAIT).untilAsserted(() -> park().body("land.periods.size()", equalTo(1)));
        park().body("land.periods[0].period", equalTo("2025")).body("land.periods[0].projects", equalTo(2))
                .body("land.periods[0].landMu", equalTo(225.0f))
                .body("land.periods[0].outputValueYuan", equalTo(240_000_000))
                .body("land.periods[0].taxPaidYuan", equalTo(12_000_000))
                .body("land.periods[0].outputPerMuWanYuan", equalTo(106.67f))
                .body("land.periods[0].taxPerMuWanYuan", equalTo(5.33f))
                .body("outcomes[0].outputValueYuan", equalTo(250_000_000));

        // B's output corrected to 75 M: 25,500 万 ÷ 225 = 113.33; B counted once still
        report(b, "{\"reportId\": \"PARK-B-2025-c\", \"type\": \"OUTCOME\", \"period\": \"2025\", \"jobs\": 10,"
                + " \"outputValueYuan\": 75000000, \"taxPaidYuan\": 3000000, \"correction\": true,"
                + " \"reason\": \"按统计部门核定产值更正\"}").statusCode(201);
        await().atMost(WAIT).untilAsserted(() -> park().body("land.periods[0].outputValueYuan",
                equalTo(255_000_000)));
        park().body("land.periods[0].projects", equalTo(2)).body("land.periods[0].outputPerMuWanYuan",
                equalTo(113.33f));

        // the chain: A and C, 350 M signed; land A alone, 150 亩, 30,000 万 ÷ 150 = 200.00; 2025 A's 18,000 万 ÷ 150
        // = 120.00 and 900 万 ÷ 150 = 6.00
        chain().body("signed.count", equalTo(2)).body("signed.investmentYuan", equalTo(350_000_000))
                .body("land.projects", equalTo(1)).body("land.takenMu", equalTo(150.0f))
                .body("land.investmentPerMuWanYuan", equalTo(200.0f))
                .body("land.periods[0].outputPerMuWanYuan", equalTo(120.0f))
                .body("land.periods[0].taxPerMuWanYuan", equalTo(6.0f));

        // what yanzhen.stats carries for the park is what the API answers, and it meets the schema
        JsonNode answered = EventPublisher.JSON.readTree(asMonitor().get("/api/stats?park=" + PARK).asString());
        await().atMost(WAIT).untilAsserted(() -> {
            List<ConsumerRecord<String, String>> records = stats.readToEnd(statsMark).stream()
                    .filter(record -> ("park:" + PARK).equals(record.key())).toList();
            JsonNode last = EventPublisher.JSON.readTree(records.get(records.size() - 1).value());
            assertThat(ContractValidator.violations(EventTypes.STATS, last)).isEmpty();
            assertThat(last).isEqualTo(answered);
        });
    }

    @Test
    void aParkOrChainIsAskedAloneAndByItsCodeAndOneWithoutLandHasNoPerMuFigures() {
        asMonitor().get("/api/stats?park=nx-test&region=640000").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", equalTo(List.of("park", "park")));
        asMonitor().get("/api/stats?chain=" + CHAIN + "&park=" + PARK).then().statusCode(400)
                .body("errors.field", equalTo(List.of("park")));
        asMonitor().get("/api/stats?park=NO-SUCH-PARK").then().statusCode(200).body("signed.count", equalTo(0))
                .body("land.takenMu", equalTo(0.0f)).body("land.investmentPerMuWanYuan", nullValue());
    }

    private static ValidatableResponse park() {
        return asMonitor().get("/api/stats?park=" + PARK).then().statusCode(200);
    }

    private static ValidatableResponse chain() {
        return asMonitor().get("/api/stats?chain=" + CHAIN).then().statusCode(200);
    }

    private static void outcome(Signing signing, String reportId, String period, long output, long tax) {
        report(signing, "{\"reportId\": \"" + reportId + "\", \"type\": \"OUTCOME\", \"period\": \"" + period
                + "\", \"jobs\": 10, \"outputValueYuan\": " + output + ", \"taxPaidYuan\": " + tax + "}")
                .statusCode(201);
    }

    private static ValidatableResponse report(Signing signing, String body) {
        return asRegionalOffice(PROVINCE).contentType(ContentType.JSON).body(body)
                .post("/api/projects/" + signing.id() + "/progress").then();
    }

    /** The signing's project, commenced on 2024-12-01 and in production since {@code producingOn}. */
    private Signing producing(Signing signing, String producingOn) {
        register(signing);
        String id = signing.id().toString();
        report(signing, "{\"reportId\": \"" + id + "-C\", \"type\": \"COMMENCED\", \"on\": \"2024-12-01\"}")
                .statusCode(201);
        report(signing, "{\"reportId\": \"" + id + "-P\", \"type\": \"IN_PRODUCTION\", \"on\": \"" + producingOn
                + "\"}").statusCode(201);
        return signing;
    }

    private void register(Signing signing) {
        publisher.publish(Topics.SIGNINGS.name(), EventTypes.SIGNING_REGISTERED, signing.id().toString(), signing);
        await().atMost(WAIT).until(() -> asMonitor().get("/api/projects/" + signing.id()).statusCode() == 200);
    }

    private static Signing withdrawn(Signing s) {
        return new Signing(s.id(), s.eventCode(), s.externalRef(), s.projectName(), s.investor(),
                s.destinationRegion(), s.park(), s.industryCode(), s.investmentYuan(), s.signedOn(), s.expectedJobs(),
                s.landHa(), null, null, SigningStatus.WITHDRAWN, s.registeredAt(),
                new Signing.Withdrawal("投资方撤回", Instant.now()), null, null, s.parkCode(), null, s.chainCode());
    }

    private static Signing signing(long investmentYuan, Double landHa, String parkCode, String chainCode) {
        return new Signing(UUID.randomUUID(), "EV-PARK", "REF-" + UUID.randomUUID(), "电子元器件项目",
                new Investor("深圳市测试电子有限公司", "91440300MA5F0K7Q3C", "440300"), PROVINCE, "宁夏测试园区", "3971",
                investmentYuan, LocalDate.of(2024, 10, 1), null, landHa, null, null, SigningStatus.REGISTERED,
                Instant.now(), null, null, null, parkCode, null, chainCode);
    }
}
