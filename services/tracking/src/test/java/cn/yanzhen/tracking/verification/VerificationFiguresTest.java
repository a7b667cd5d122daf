package cn.yanzhen.tracking.verification;

import static cn.yanzhen.platform.testing.Tokens.as;
import static cn.yanzhen.platform.testing.Tokens.asMonitor;
import static cn.yanzhen.platform.testing.Tokens.asRegionalOffice;
import static cn.yanzhen.platform.testing.Tokens.asVerifier;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import cn.yanzhen.contracts.EventTypes;
import cn.yanzhen.contracts.Topics;
import cn.yanzhen.contracts.access.Roles;
import cn.yanzhen.contracts.access.TokenRequest;
import cn.yanzhen.contracts.signing.Investor;
import cn.yanzhen.contracts.signing.Signing;
import cn.yanzhen.contracts.signing.SigningStatus;
import cn.yanzhen.platform.testing.EventPublisher;
import cn.yanzhen.platform.testing.TestInfrastructure;
import cn.yanzhen.platform.testing.Tokens;
import cn.yanzhen.platform.testing.TopicReader;
import cn.yanzhen.platform.testing.YanzhenTestResource;
import cn.yanzhen.tracking.MovableClock;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
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
 * Evidence and verification (核查) over cohorts of Qinghai (630000) projects, each test's in an event of its own
 * so the event's figures are exactly the cohort's: reported and verified columns, the backlog and its oldest
 * report, a rejected report and its correction, separation of duties, bad evidence.
 */
@QuarkusTest
@WithTestResource(YanzhenTestResource.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VerificationFiguresTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final LocalDate SIGNED = LocalDate.of(2025, 7, 20);
    private static final String EVENT = "EV-VERIFY";
    private static final String PROVINCE = "630000";
    private static final String SCOPE = "event=" + EVENT;

    private EventPublisher publisher;
    private TopicReader progress;
    private TopicReader alerts;

    @BeforeAll
    void connect() {
        MovableClock.moveTo(LocalDate.of(2026, 1, 1));
        publisher = new EventPublisher(TestInfrastructure.endpoints().kafkaBootstrap());
        progress = new TopicReader(TestInfrastructure.endpoints().kafkaBootstrap(), Topics.PROJECT_PROGRESS.name());
        alerts = new TopicReader(TestInfrastructure.endpoints().kafkaBootstrap(), Topics.ALERTS.name());
    }

    @AfterAll
    void disconnect() {
        publisher.close();
        progress.close();
        alerts.close();
    }

    @Test
    void verifiedFiguresCountOnlyConfirmedReportsWhileReportedOnesCountEverything() {
        Signing p1 = signing(EVENT, 1_000_000_000L);
        Signing p2 = signing(EVENT, 500_000_000L);
        Signing p3 = signing(EVENT, 300_000_000L);
        List.of(p1, p2, p3).forEach(this::register);
        List.of(p1, p2, p3).forEach(VerificationFiguresTest::awaitProject);
        Map<TopicPartition, Long> progressMark = progress.mark();
        Map<TopicPartition, Long> alertMark = alerts.mark();

        report(p1, "{\"reportId\": \"VER-1\", \"type\": \"COMMENCED\", \"on\": \"2025-09-01\", \"evidence\": ["
                + "{\"kind\": \"CONSTRUCTION_PERMIT\", \"reference\": \"青建施〔2025〕0871号\", \"issuedOn\": \"2025-08-28\"}]}")
                .statusCode(201).body("evidence[0].kind", equalTo("CONSTRUCTION_PERMIT"));
        report(p1, "{\"reportId\": \"VER-2\", \"type\": \"INVESTMENT\", \"cumulativeYuan\": 400000000, \"asOf\": "
                + "\"2025-10-31\", \"evidence\": [{\"kind\": \"PAYMENT_RECORD\", \"reference\": \"回单 10-0183\", "
                + "\"issuedOn\": \"2025-10-30\"}]}").statusCode(201);
        report(p1, "{\"reportId\": \"VER-3\", \"type\": \"INVESTMENT\", \"cumulativeYuan\": 600000000, \"asOf\": "
                + "\"2025-11-30\"}").statusCode(201);
        report(p2, "{\"reportId\": \"VER-4\", \"type\": \"COMMENCED\", \"on\": \"2025-09-10\"}").statusCode(201);
        Instant oldest = Instant.parse(asMonitor().get("/api/projects/" + p1.id()).then().extract()
                .path("reports[0].reportedAt"));

        // by hand: signed 3 / 1.8 bn; reported commenced p1 + p2 = 2 / 1.5 bn, invested 600 M (p1's latest);
        // nothing verified yet; four reports wait, VER-1 the oldest
        reported(2, 1_500_000_000L, 600_000_000L);
        verified(0, 0, 0, 0.0, 0.0);
        backlog(4, oldest);
        asVerifier(PROVINCE).get("/api/verifications?event=" + EVENT).then().statusCode(200)
                .body("total", equalTo(4)).body("items[0].reportId", equalTo("VER-1"))
                .body("items[0].reportedBy", equalTo("office-" + PROVINCE))
                .body("items[0].evidence[0].reference", equalTo("青建施〔2025〕0871号"));

        decide(p1, "VER-1", "VERIFIED", null).statusCode(201).body("verdict", equalTo("VERIFIED"));
        decide(p1, "VER-3", "VERIFIED", null).statusCode(201);
        decide(p1, "VER-2", "VERIFIED", null).statusCode(201);
        decide(p2, "VER-4", "REJECTED", "施工许可证与项目不符").statusCode(201);

        // by hand: verified commenced p1 = 1 / 1 bn (p2's rejected), invested 600 M: VER-2, verified after VER-3,
        // is older and leaves VER-3's figure; rates 1/3 and 0.6/1.8; the reported column is unchanged
        reported(2, 1_500_000_000L, 600_000_000L);
        verified(1, 1_000_000_000L, 600_000_000L, 0.3333, 0.3333);
        backlog(0, null);
        decide(p2, "VER-4", "REJECTED", "施工许可证与项目不符").statusCode(200);
        decide(p2, "VER-4", "VERIFIED", null).statusCode(409).body("detail", containsString("final"));
        asMonitor().get("/api/projects/" + p2.id()).then().body("alerts.code", hasItem("REPORT_REJECTED"))
                .body("reports[0].verdict", equalTo("REJECTED")).body("verified.commencedOn", nullValue());
        List<ConsumerRecord<String, String>> verdicts = progress.awaitRecords(progressMark, 8, WAIT);
        assertThat(verdicts.stream().filter(record -> EventTypes.REPORT_VERIFIED
                .equals(TopicReader.header(record, "ce_type"))).map(ConsumerRecord::value))
                .hasSize(4).anyMatch(value -> value.contains("\"reportId\":\"VER-4\"") && value.contains("REJECTED"));
        assertThat(alerts.awaitRecords(alertMark, 1, WAIT)).anyMatch(record -> record.value()
                .contains("REPORT_REJECTED") && record.key().equals(p2.id().toString()));

        // the office corrects the rejected commencement; once verified it counts
        report(p2, "{\"reportId\": \"VER-5\", \"type\": \"COMMENCED\", \"on\": \"2025-09-15\", \"evidence\": ["
                + "{\"kind\": \"PHOTO\", \"reference\": \"开工现场照片 IMG_2031\", \"issuedOn\": \"2025-09-15\"}]}")
                .statusCode(201);
        backlog(1, null);
        decide(p2, "VER-5", "VERIFIED", null).statusCode(201);
        reported(2, 1_500_000_000L, 600_000_000L);
        verified(2, 1_500_000_000L, 600_000_000L, 0.6667, 0.3333);
        asMonitor().get("/api/projects/" + p2.id()).then().body("milestones[1].on", equalTo("2025-09-15")).body("verified.commencedOn", equalTo("2025-09-15"));
    }

    @Test
    void reachingDesignCapacityFollowsProductionCarriesEvidenceAndIsVerifiedLikeTheOtherMilestones() {
        Signing signing = signing("EV-VERIFY-CAPACITY", 800_000_000L);
        Signing project = new Signing(signing.id(), signing.eventCode(), signing.externalRef(), signing.projectName(),
                signing.investor(), signing.destinationRegion(), null, signing.industryCode(), signing.investmentYuan(),
                SIGNED, null, null, null, null, SigningStatus.REGISTERED, Instant.now(), null, null,
                new Signing.Promise(8000.0, "吨/月", 1_600_000_000L, 80_000_000L, LocalDate.of(2027, 6, 30)));
        register(project);
        awaitProject(project);
        Map<TopicPartition, Long> alertMark = alerts.mark();
        String capacity = "{\"reportId\": \"%s\", \"type\": \"REACHED_DESIGN_CAPACITY\", \"on\": \"%s\", \"evidence\": "
                + "[{\"kind\": \"PRODUCTION_LICENCE\", \"reference\": \"达产验收意见 2026-017\", \"issuedOn\": \"2025-12-01\"}]}";

        report(project, "{\"reportId\": \"CAP-1\", \"type\": \"COMMENCED\", \"on\": \"2025-08-01\"}").statusCode(201);
        report(project, capacity.formatted("CAP-EARLY", "2025-12-01")).statusCode(409)
                .body("detail", containsString("IN_PRODUCTION"));
        report(project, "{\"reportId\": \"CAP-2\", \"type\": \"IN_PRODUCTION\", \"on\": \"2025-10-01\"}")
                .statusCode(201);
        report(project, capacity.formatted("CAP-BEFORE", "2025-09-30")).statusCode(400)
                .body("errors.field", containsInAnyOrder("on"));
        report(project, capacity.formatted("CAP-3", "2025-12-01")).statusCode(201);
        report(project, capacity.formatted("CAP-AGAIN", "2025-12-02")).statusCode(409);
        decide(project, "CAP-3", "REJECTED", "验收意见未盖章").statusCode(201);
        report(project, capacity.formatted("CAP-4", "2025-12-05")).statusCode(201);
        decide(project, "CAP-4", "VERIFIED", null).statusCode(201);

        asMonitor().get("/api/projects/" + project.id()).then().body("status", equalTo("IN_PRODUCTION"))
                .body("milestones.milestone", contains("SIGNED", "COMMENCED", "IN_PRODUCTION",
                        "REACHED_DESIGN_CAPACITY"))
                .body("milestones[3].on", equalTo("2025-12-05"))
                .body("verified.reachedDesignCapacityOn", equalTo("2025-12-05"))
                .body("reports.find { it.reportId == 'CAP-3' }.verdict", equalTo("REJECTED"))
                .body("promise.capacityUnit", equalTo("吨/月")).body("promise.annualOutputYuan", equalTo(1_600_000_000));
        assertThat(alerts.awaitRecords(alertMark, 1, WAIT)).anyMatch(record -> record.value()
                .contains("REPORT_REJECTED") && record.key().equals(project.id().toString()));

        // a cohort of three in production: this one reached design capacity after 65 days (its rejected 61 days
        // replaced), a second after 30, a third not yet; by hand: 达产 2, rate 2/3 = 0.6667, median rank 1 → 30 days,
        // p90 rank ⌈1.8⌉ = 2 → 65 days
        Signing quick = signing("EV-VERIFY-CAPACITY", 300_000_000L);
        Signing shortOfIt = signing("EV-VERIFY-CAPACITY", 200_000_000L);
        List.of(quick, shortOfIt).forEach(this::register);
        List.of(quick, shortOfIt).forEach(VerificationFiguresTest::awaitProject);
        for (Signing producing : List.of(quick, shortOfIt)) {
            report(producing, "{\"reportId\": \"C-" + producing.id() + "\", \"type\": \"COMMENCED\", \"on\": "
                    + "\"2025-08-01\"}").statusCode(201);
            report(producing, "{\"reportId\": \"P-" + producing.id() + "\", \"type\": \"IN_PRODUCTION\", \"on\": "
                    + "\"2025-10-01\"}").statusCode(201);
        }
        report(quick, capacity.formatted("CAP-QUICK", "2025-10-31")).statusCode(201);
        await().atMost(WAIT).untilAsserted(() -> asMonitor().get("/api/stats?event=EV-VERIFY-CAPACITY").then()
                .body("inProduction.count", equalTo(3))
                .body("cycleTimes.productionToDesignCapacity.projects", equalTo(2))
                .body("cycleTimes.productionToDesignCapacity.medianDays", equalTo(30))
                .body("cycleTimes.productionToDesignCapacity.p90Days", equalTo(65))
                .body("cycleTimes.designCapacityRate", equalTo(0.6667f)));
    }

    @Test
    void nobodyVerifiesTheirOwnReportAndOnlyAVerifierOfTheRegionDecides() {
        Signing project = signing("EV-VERIFY-SELF", 200_000_000L);
        register(project);
        awaitProject(project);
        TokenRequest both = new TokenRequest("dual-" + PROVINCE, List.of(Roles.REGIONAL_OFFICE, Roles.VERIFIER),
                PROVINCE, null, Duration.ofHours(1));
        as(Tokens.mint(both)).contentType(ContentType.JSON).body("{\"reportId\": \"VER-SELF\", \"type\": "
                + "\"COMMENCED\", \"on\": \"2025-09-01\"}").post("/api/projects/" + project.id() + "/progress").then()
                .statusCode(201);

        decide(as(Tokens.mint(both)), project, "VER-SELF", "VERIFIED", null).statusCode(403)
                .body("detail", containsString("made by you"));
        decide(asVerifier("450000"), project, "VER-SELF", "VERIFIED", null).statusCode(403);
        decide(asRegionalOffice(PROVINCE), project, "VER-SELF", "VERIFIED", null).statusCode(403);
        decide(asVerifier(PROVINCE), project, "VER-SELF", "MAYBE", null).statusCode(400)
                .body("errors.field", hasItem("verdict"));
        decide(asVerifier(PROVINCE), project, "VER-SELF", "REJECTED", null).statusCode(400)
                .body("errors.field", hasItem("note"));
        decide(asVerifier(PROVINCE), project, "VER-NONE", "VERIFIED", null).statusCode(404);
        asMonitor().get("/api/projects/" + project.id()).then().body("reports[0].verdict", nullValue())
                .body("verified.commencedOn", nullValue());
        asVerifier(PROVINCE).get("/api/verifications?event=EV-VERIFY-SELF").then().body("total", equalTo(1))
                .body("items[0].reportId", equalTo("VER-SELF"));
    }

    @Test
    void badEvidenceIsRefusedFieldByFieldAndLeavesNothingBehind() {
        Signing project = signing("EV-VERIFY-BAD", 100_000_000L);
        register(project);
        awaitProject(project);

        report(project, "{\"reportId\": \"VER-BAD\", \"type\": \"COMMENCED\", \"on\": \"2025-09-01\", \"evidence\": ["
                + "{\"kind\": \"RUMOUR\", \"issuedOn\": \"2099-01-01\"}, {\"kind\": \"PHOTO\", \"reference\": \"x\","
                + " \"issuedOn\": \"yesterday\", \"colour\": \"red\"}]}").statusCode(400)
                .body("errors.field", hasItem("evidence[0].kind"))
                .body("errors.field", hasItem("evidence[0].reference"))
                .body("errors.field", hasItem("evidence[1].issuedOn"))
                .body("errors.field", hasItem("evidence[1].colour"));
        report(project, "{\"reportId\": \"VER-BAD\", \"type\": \"COMMENCED\", \"on\": \"2025-09-01\", \"evidence\": ["
                + "{\"kind\": \"PHOTO\", \"reference\": \"x\", \"issuedOn\": \"2026-02-01\"}]}").statusCode(400)
                .body("errors.field", hasItem("evidence[0].issuedOn"));
        report(project, "{\"reportId\": \"VER-BAD\", \"type\": \"CANCELLED\", \"reason\": \"投资方退出\", "
                + "\"evidence\": []}").statusCode(400).body("errors.field", hasItem("evidence"));
        report(project, "{\"reportId\": \"VER-BAD\", \"type\": \"COMMENCED\", \"on\": \"2025-09-01\", \"evidence\": ["
                + "{\"kind\": \"PHOTO\", \"reference\": 42, \"issuedOn\": \"2025-08-01\"}, {\"kind\": \"PHOTO\","
                + " \"reference\": {}, \"issuedOn\": \"2025-08-01\"}, {\"kind\": \"PHOTO\", \"reference\": \"第\\u0007号\","
                + " \"issuedOn\": \"2025-08-01\"}]}").statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("evidence[0].reference", "evidence[1].reference",
                        "evidence[2].reference"));
        report(project, "{\"reportId\": \"VER-BAD\", \"type\": \"COMMENCED\", \"on\": \"2025-09-01\", \"evidence\": ["
                + String.join(", ", Collections.nCopies(150_000, "{\"kind\": \"PHOTO\", \"reference\": \"x\","
                + " \"issuedOn\": \"2025-08-01\"}")) + "]}").statusCode(400)
                .body("errors.field", containsInAnyOrder("evidence"))
                .body("errors[0].message", equalTo("must list at most 20 entries, has 150000"));
        report(project, "{\"reportId\": \"VER-BAD\", \"type\": \"INVESTMENT\", \"cumulativeYuan\": 9223372036854775807,"
                + " \"asOf\": \"2025-09-01\"}").statusCode(400).body("errors.field", containsInAnyOrder("cumulativeYuan"));
        asMonitor().get("/api/projects/" + project.id()).then().body("status", equalTo("SIGNED"))
                .body("reports.size()", equalTo(0));
        report(project, "{\"reportId\": \"VER-BAD\", \"type\": \"COMMENCED\", \"on\": \"2025-09-01\"}").statusCode(201);
    }

    private void reported(long commenced, long commencedYuan, long completedYuan) {
        await().atMost(WAIT).untilAsserted(() -> asMonitor().get("/api/stats?" + SCOPE).then()
                .body("commenced.count", equalTo((int) commenced))
                .body("commenced.investmentYuan", equalTo(number(commencedYuan)))
                .body("completedInvestmentYuan", equalTo(number(completedYuan))));
    }

    private void verified(long commenced, long commencedYuan, long completedYuan, double commencementRate,
                          double completionRate) {
        asMonitor().get("/api/stats?" + SCOPE).then()
                .body("signed.count", equalTo(3)).body("signed.investmentYuan", equalTo(number(1_800_000_000L)))
                .body("verified.commenced.count", equalTo((int) commenced))
                .body("verified.commenced.investmentYuan", equalTo(number(commencedYuan)))
                .body("verified.completedInvestmentYuan", equalTo(number(completedYuan)))
                .body("verified.commencementRate", equalTo((float) commencementRate))
                .body("verified.investmentCompletionRate", equalTo((float) completionRate));
    }

    private void backlog(long count, Instant oldest) {
        ValidatableResponse figures = asMonitor().get("/api/stats?" + SCOPE).then()
                .body("awaitingVerification.count", equalTo((int) count));
        if (count == 0) {
            figures.body("awaitingVerification.oldestReportedAt", nullValue());
        } else if (oldest != null) {
            assertThat(Instant.parse(figures.extract().path("awaitingVerification.oldestReportedAt"))).isEqualTo(oldest);
        }
    }

    private static ValidatableResponse decide(Signing project, String reportId, String verdict, String note) {
        return decide(asVerifier(PROVINCE), project, reportId, verdict, note);
    }

    private static ValidatableResponse decide(RequestSpecification who, Signing project, String reportId, String verdict,
                                              String note) {
        String body = "{\"verdict\": \"" + verdict + "\"" + (note == null ? "" : ", \"note\": \"" + note + "\"") + "}";
        return who.contentType(ContentType.JSON).body(body)
                .post("/api/projects/" + project.id() + "/reports/" + reportId + "/verification").then();
    }

    private static ValidatableResponse report(Signing signing, String body) {
        return asRegionalOffice(PROVINCE).contentType(ContentType.JSON).body(body)
                .post("/api/projects/" + signing.id() + "/progress").then();
    }

    private void register(Signing signing) {
        publisher.publish(Topics.SIGNINGS.name(), EventTypes.SIGNING_REGISTERED, signing.id().toString(), signing);
    }

    private static void awaitProject(Signing signing) {
        await().atMost(WAIT).until(() -> asMonitor().get("/api/projects/" + signing.id()).statusCode() == 200);
    }

    /** REST Assured reads small JSON numbers as int and large ones as long. */
    private static Object number(long value) {
        return value <= Integer.MAX_VALUE ? (Object) (int) value : (Object) value;
    }

    private static Signing signing(String event, long yuan) {
        return new Signing(UUID.randomUUID(), event, "REF-" + UUID.randomUUID(), "金属制品产业园项目",
                new Investor("浙江省测试金属制品有限公司", "91330000MA2H1K7Q3C", "330000"), PROVINCE, null, "3311", yuan,
                SIGNED, null, null, null, null, SigningStatus.REGISTERED, Instant.now(), null, null, null);
    }
}
