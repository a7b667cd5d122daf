package cn.yanzhen.tracking.projects;

import static cn.yanzhen.platform.testing.Tokens.asAdmin;
import static cn.yanzhen.platform.testing.Tokens.asMonitor;
import static cn.yanzhen.platform.testing.Tokens.asRegionalOffice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import cn.yanzhen.contracts.ContractValidator;
import cn.yanzhen.contracts.EventTypes;
import cn.yanzhen.contracts.Topics;
import cn.yanzhen.contracts.matching.SigningMatched;
import cn.yanzhen.contracts.signing.Investor;
import cn.yanzhen.contracts.signing.Signing;
import cn.yanzhen.contracts.signing.SigningStatus;
import cn.yanzhen.platform.testing.EventPublisher;
import cn.yanzhen.platform.testing.TestInfrastructure;
import cn.yanzhen.platform.testing.Tokens;
import cn.yanzhen.platform.testing.TopicReader;
import cn.yanzhen.platform.testing.YanzhenTestResource;
import cn.yanzhen.tracking.MovableClock;
import cn.yanzhen.tracking.SigningCopies;
import cn.yanzhen.tracking.projects.messaging.DeadlineWatch;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Signings and verdicts arrive through the real broker; regional offices report through the API. */
@QuarkusTest
@WithTestResource(YanzhenTestResource.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrackingFlowTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final LocalDate SIGNED = LocalDate.of(2025, 7, 20);

    @Inject
    DeadlineWatch deadlineWatch;

    private EventPublisher publisher;
    private TopicReader progress;
    private TopicReader alerts;
    private TopicReader stats;

    @BeforeAll
    void connect() {
        String kafka = TestInfrastructure.endpoints().kafkaBootstrap();
        publisher = new EventPublisher(kafka);
        progress = new TopicReader(kafka, Topics.PROJECT_PROGRESS.name());
        alerts = new TopicReader(kafka, Topics.ALERTS.name());
        stats = new TopicReader(kafka, Topics.STATS.name());
    }

    @AfterAll
    void disconnect() {
        publisher.close();
        progress.close();
        alerts.close();
        stats.close();
    }

    @BeforeEach
    void today() {
        MovableClock.moveTo(LocalDate.of(2026, 1, 1));
    }

    @Test
    void aVerdictAttachesWhetherItArrivesBeforeOrAfterTheSigning() {
        Signing early = signing("EV-VERDICT", 100, null);
        publishMatch(early.id(), SigningMatched.Verdict.RISKY);
        register(early);
        Signing late = signing("EV-VERDICT", 100, null);
        register(late);
        publishMatch(late.id(), SigningMatched.Verdict.RECOMMENDED);

        await().atMost(WAIT).untilAsserted(() -> asMonitor().get("/api/projects/" + early.id()).then()
                .body("verdict", equalTo("RISKY")));
        await().atMost(WAIT).untilAsserted(() -> asMonitor().get("/api/projects/" + late.id()).then()
                .body("verdict", equalTo("RECOMMENDED")));
        asMonitor().get("/api/stats?event=EV-VERDICT").then().body("byVerdict.RISKY", equalTo(1))
                .body("byVerdict.RECOMMENDED", equalTo(1)).body("signed.count", equalTo(2));
    }

    @Test
    void onlyTheDestinationsRegionalOfficeReportsAndEachReportIsAudited() {
        Signing signing = signing("EV-ACCESS", 500_000_000L, null);
        register(signing);
        String commenced = "{\"reportId\": \"ACC-1\", \"type\": \"COMMENCED\", \"on\": \"2025-09-01\"}";

        Tokens.as(Tokens.regionalOffice("450100")).contentType(ContentType.JSON).body(commenced)
                .post("/api/projects/" + signing.id() + "/progress").then().statusCode(403)
                .body("detail", containsString("450500"));
        asMonitor().get("/api/projects/" + signing.id()).then().body("status", equalTo("SIGNED"));
        Tokens.as(Tokens.regionalOffice("450000")).contentType(ContentType.JSON).body(commenced)
                .post("/api/projects/" + signing.id() + "/progress").then().statusCode(201);

        asMonitor().queryParam("entity", "project:" + signing.id()).get("/api/audit").then()
                .body("total", equalTo(1)).body("items[0].subject", equalTo("office-450000"))
                .body("items[0].action", equalTo("project.report"))
                .body("items[0].request.reportId", equalTo("ACC-1"))
                .body("items[0].before.status", equalTo("SIGNED"))
                .body("items[0].after.status", equalTo("COMMENCED"));
    }

    @Test
    void reportsMoveTheProjectAndArePublishedOnce() throws Exception {
        Signing signing = signing("EV-REPORTS", 1_000_000_000L, SIGNED.plusDays(100));
        register(signing);
        Map<TopicPartition, Long> mark = progress.mark();

        report(signing, "{\"reportId\": \"R1\", \"type\": \"COMMENCED\", \"on\": \"2025-09-01\"}").then()
                .statusCode(201).body("status", equalTo("COMMENCED"));
        report(signing, "{\"reportId\": \"R1\", \"type\": \"COMMENCED\", \"on\": \"2025-09-01\"}").then()
                .statusCode(200);
        report(signing, "{\"reportId\": \"R1\", \"type\": \"COMMENCED\", \"on\": \"2025-09-02\"}").then()
                .statusCode(409).contentType("application/problem+json");
        report(signing, "{\"reportId\": \"R2\", \"type\": \"INVESTMENT\", \"cumulativeYuan\": 123000000,"
                + " \"asOf\": \"2025-10-31\"}").then().statusCode(201).body("cumulativeInvestmentYuan",
                equalTo(123_000_000));
        report(signing, "{\"reportId\": \"R3\", \"type\": \"INVESTMENT\", \"cumulativeYuan\": 100000000,"
                + " \"asOf\": \"2025-11-30\", \"correction\": true, \"reason\": \"统计口径调整\"}").then().statusCode(201);
        report(signing, "{\"reportId\": \"R4\", \"type\": \"IN_PRODUCTION\", \"on\": \"2025-12-20\"}").then()
                .statusCode(201).body("status", equalTo("IN_PRODUCTION"));

        List<ConsumerRecord<String, String>> records = progress.awaitRecords(mark, 4, WAIT);
        assertThat(records).hasSize(4).allSatisfy(record -> {
            assertThat(record.key()).isEqualTo(signing.id().toString());
            assertThat(ContractValidator.violations(EventTypes.PROJECT_PROGRESSED,
                    EventPublisher.JSON.readTree(record.value()))).isEmpty();
        });
        asMonitor().get("/api/projects/" + signing.id()).then()
                .body("milestones.milestone", equalTo(List.of("SIGNED", "COMMENCED", "IN_PRODUCTION")))
                .body("investments.cumulativeYuan", equalTo(List.of(123_000_000, 100_000_000)))
                .body("cumulativeInvestmentYuan", equalTo(100_000_000));
    }

    @Test
    void rejectedReportsChangeNeitherTheFiguresNorAnyTopic() throws Exception {
        Signing open = signing("EV-REJECT", 500_000_000L, null);
        Signing withdrawn = signing("EV-REJECT", 200_000_000L, null);
        register(open);
        register(withdrawn);
        publisher.publish(Topics.SIGNINGS.name(), EventTypes.SIGNING_WITHDRAWN, withdrawn.id().toString(),
                SigningCopies.withdrawn(withdrawn));
        await().atMost(WAIT).untilAsserted(() -> asMonitor().get("/api/projects/" + withdrawn.id()).then()
                .body("status", equalTo("WITHDRAWN")));
        report(open, "{\"reportId\": \"J1\", \"type\": \"INVESTMENT\", \"cumulativeYuan\": 50000000,"
                + " \"asOf\": \"2025-10-01\"}").then().statusCode(201);
        String figuresBefore = asMonitor().get("/api/stats?event=EV-REJECT").asString();
        Map<TopicPartition, Long> progressMark = progress.mark();
        Map<TopicPartition, Long> statsMark = stats.mark();
        Map<TopicPartition, Long> alertMark = alerts.mark();

        report(withdrawn, "{\"reportId\": \"J2\", \"type\": \"COMMENCED\", \"on\": \"2025-09-01\"}").then()
                .statusCode(409).body("detail", containsString("withdrawn"));
        report(open, "{\"reportId\": \"J3\", \"type\": \"COMMENCED\", \"on\": \"2025-07-19\"}").then()
                .statusCode(400).body("errors.field", hasItem("on"));
        report(open, "{\"reportId\": \"J4\", \"type\": \"COMMENCED\", \"on\": \"2026-01-02\"}").then()
                .statusCode(400).body("errors.field", hasItem("on"));
        report(open, "{\"reportId\": \"J5\", \"type\": \"IN_PRODUCTION\", \"on\": \"2025-10-01\"}").then()
                .statusCode(409).contentType("application/problem+json");
        report(open, "{\"reportId\": \"J6\", \"type\": \"INVESTMENT\", \"cumulativeYuan\": 40000000,"
                + " \"asOf\": \"2025-11-01\"}").then().statusCode(400).body("errors.field", hasItem("cumulativeYuan"));
        report(open, "{\"reportId\": \"J1\", \"type\": \"INVESTMENT\", \"cumulativeYuan\": 60000000,"
                + " \"asOf\": \"2025-10-01\"}").then().statusCode(409);
        asAdmin().contentType(ContentType.JSON)
                .body("{\"reportId\": \"J7\", \"type\": \"COMMENCED\", \"on\": \"2025-09-01\"}").post("/api/projects/" + UUID.randomUUID() + "/progress").then().statusCode(404)
                .body("detail", containsString("may not have arrived yet"));
        report(open, "{\"reportId\": \"J8\", \"type\": \"COMMENCED\", \"on\": \"2025-09-01\", \"cumulativeYuan\": 5,"
                + " \"colour\": \"red\"}").then().statusCode(400)
                .body("errors.field", hasItem("cumulativeYuan")).body("errors.field", hasItem("colour"));
        report(open, "{\"type\": \"LAUNCHED\"}").then().statusCode(400)
                .body("errors.field", hasItem("reportId")).body("errors.field", hasItem("type"));

        Signing marker = signing("EV-REJECT-MARKER", 1, null);
        register(marker);
        report(marker, "{\"reportId\": \"J9\", \"type\": \"COMMENCED\", \"on\": \"2025-09-01\"}").then().statusCode(201);
        assertThat(progress.awaitRecords(progressMark, 1, WAIT)).extracting(ConsumerRecord::key)
                .containsExactly(marker.id().toString());
        assertThat(stats.awaitRecords(statsMark, 1, WAIT)).extracting(ConsumerRecord::key)
                .doesNotContain("event:EV-REJECT");
        assertThat(alerts.awaitRecords(alertMark, 0, Duration.ofSeconds(1))).isEmpty();
        assertThat(asMonitor().get("/api/stats?event=EV-REJECT").asString()).isEqualTo(figuresBefore);
    }

    @Test
    void theFiguresOfAnEventFollowEveryChangeAndArePublished() throws Exception {
        Signing a = signing("EV-FIGURES", 400_000_000L, null);
        Signing b = signing("EV-FIGURES", 300_000_000L, null);
        Signing c = signing("EV-FIGURES", 200_000_000L, null);
        Signing d = signing("EV-FIGURES", 100_000_000L, null);
        List.of(a, b, c, d).forEach(this::register);
        report(a, "{\"reportId\": \"F1\", \"type\": \"COMMENCED\", \"on\": \"2025-08-01\"}").then().statusCode(201);
        report(a, "{\"reportId\": \"F2\", \"type\": \"INVESTMENT\", \"cumulativeYuan\": 150000000,"
                + " \"asOf\": \"2025-09-30\"}").then().statusCode(201);
        report(b, "{\"reportId\": \"F3\", \"type\": \"COMMENCED\", \"on\": \"2025-08-15\"}").then().statusCode(201);
        report(b, "{\"reportId\": \"F4\", \"type\": \"IN_PRODUCTION\", \"on\": \"2025-12-01\"}").then().statusCode(201);
        report(b, "{\"reportId\": \"F5\", \"type\": \"INVESTMENT\", \"cumulativeYuan\": 300000000,"
                + " \"asOf\": \"2025-12-01\"}").then().statusCode(201);
        report(c, "{\"reportId\": \"F6\", \"type\": \"CANCELLED\", \"reason\": \"资金未到位\"}").then().statusCode(201);
        Map<TopicPartition, Long> mark = stats.mark();
        publisher.publish(Topics.SIGNINGS.name(), EventTypes.SIGNING_WITHDRAWN, d.id().toString(), SigningCopies.withdrawn(d));

        await().atMost(WAIT).untilAsserted(() -> asMonitor().get("/api/stats?event=EV-FIGURES").then()
                .body("withdrawn.count", equalTo(1)));
        asMonitor().get("/api/stats?event=EV-FIGURES").then()
                .body("scope", equalTo("event:EV-FIGURES"))
                .body("signed.count", equalTo(3)).body("signed.investmentYuan", equalTo(900_000_000))
                .body("withdrawn.investmentYuan", equalTo(100_000_000))
                .body("commenced.count", equalTo(2)).body("commenced.investmentYuan", equalTo(700_000_000))
                .body("inProduction.count", equalTo(1)).body("cancelled.count", equalTo(1))
                .body("completedInvestmentYuan", equalTo(450_000_000))
                .body("commencementRate", equalTo(0.6667f)).body("investmentCompletionRate", equalTo(0.5f));
        List<ConsumerRecord<String, String>> published = stats.awaitRecords(mark, 1, WAIT).stream()
                .filter(record -> "event:EV-FIGURES".equals(record.key())).toList();
        JsonNode last = EventPublisher.JSON.readTree(published.get(published.size() - 1).value());
        assertThat(ContractValidator.violations(EventTypes.STATS, last)).isEmpty();
        assertThat(last).isEqualTo(EventPublisher.JSON.readTree(asMonitor().get("/api/stats?event=EV-FIGURES").asString()));
        asMonitor().get("/api/stats?region=450000").then().statusCode(200).body("scope", equalTo("region:450000"));
        // the dashboard's breakdowns count as the event does: all four went to Beihai, a prefecture, in division 38
        for (String breakdown : List.of("event=EV-FIGURES&region=450500", "event=EV-FIGURES&industry=38")) {
            asMonitor().get("/api/stats?" + breakdown).then().statusCode(200).body("signed.count", equalTo(3))
                    .body("withdrawn.count", equalTo(1)).body("completedInvestmentYuan", equalTo(450_000_000))
                    .body("overdueProjects.size()", equalTo(0));
        }
        asMonitor().get("/api/stats?event=EV-FIGURES&industry=38").then()
                .body("scope", equalTo("event-industry:EV-FIGURES:38"));
        asMonitor().get("/api/stats?zone=WEST&factorClass=TECHNOLOGY").then().statusCode(200)
                .body("scope", equalTo("zone-factor:WEST:TECHNOLOGY"));
        asMonitor().get("/api/stats?region=450000").then().body("industryGroups", hasItem("382"));
        asMonitor().get("/api/stats?event=EV-FIGURES&region=450000&industry=13").then().statusCode(400)
                .body("errors.field", hasItem("industry"));
        asMonitor().get("/api/stats?zone=SOUTH&event=A").then().statusCode(400)
                .body("errors.field", equalTo(List.of("zone", "zone", "factorClass")));
        asMonitor().get("/api/projects?event=EV-FIGURES&status=CANCELLED").then().body("total", equalTo(1))
                .body("items[0].signingId", equalTo(c.id().toString()));
    }

    @Test
    void eachAlertIsRaisedExactlyOnceAsTheClockMoves() throws Exception {
        Signing late = signing("EV-ALERTS", 1_000, SIGNED.plusDays(60));
        Signing stalling = signing("EV-ALERTS", 1_000, null);
        register(late);
        register(stalling);
        report(stalling, "{\"reportId\": \"A1\", \"type\": \"COMMENCED\", \"on\": \"2025-08-01\"}").then().statusCode(201);
        Map<TopicPartition, Long> mark = alerts.mark();

        report(stalling, "{\"reportId\": \"A2\", \"type\": \"INVESTMENT\", \"cumulativeYuan\": 2000,"
                + " \"asOf\": \"2025-09-01\"}").then().statusCode(201);
        report(stalling, "{\"reportId\": \"A3\", \"type\": \"INVESTMENT\", \"cumulativeYuan\": 2500,"
                + " \"asOf\": \"2025-09-15\"}").then().statusCode(201);
        MovableClock.moveTo(SIGNED.plusDays(60));
        deadlineWatch.scan();
        MovableClock.moveTo(SIGNED.plusDays(61));
        deadlineWatch.scan();
        deadlineWatch.scan();
        MovableClock.moveTo(LocalDate.of(2025, 9, 15).plusDays(179));
        deadlineWatch.scan();
        MovableClock.moveTo(LocalDate.of(2025, 9, 15).plusDays(180));
        deadlineWatch.scan();
        MovableClock.moveTo(LocalDate.of(2026, 6, 1));
        deadlineWatch.scan();

        List<String> ours = List.of(late.id().toString(), stalling.id().toString());
        await().atMost(WAIT).untilAsserted(() -> assertThat(alertCodes(mark, ours)).hasSize(3));
        assertThat(alertCodes(mark, ours)).containsExactlyInAnyOrder(late.id() + " OVERDUE_COMMENCEMENT",
                stalling.id() + " INVESTMENT_EXCEEDS_SIGNED", stalling.id() + " INVESTMENT_STALLED");
        asMonitor().get("/api/projects/" + late.id()).then().body("overdue", equalTo(true))
                .body("alerts.code", equalTo(List.of("OVERDUE_COMMENCEMENT")));
        asMonitor().get("/api/projects?event=EV-ALERTS&overdue=true").then().body("total", equalTo(1));
        asMonitor().get("/api/stats?event=EV-ALERTS").then().body("overdue", equalTo(1))
                .body("overdueProjects.signingId", equalTo(List.of(late.id().toString())))
                .body("overdueProjects[0].investor", equalTo("深圳市测试有限公司"))
                .body("overdueProjects[0].plannedCommencement", equalTo(SIGNED.plusDays(60).toString()));

        // an inbox of them: newest first, each naming its project; by event, or by the region its destination lies in
        JsonNode inbox = EventPublisher.JSON.readTree(asMonitor().get("/api/alerts?event=EV-ALERTS").then()
                .statusCode(200).body("total", equalTo(3)).extract().asString());
        List<String> codes = new java.util.ArrayList<>();
        List<Instant> raised = new java.util.ArrayList<>();
        inbox.get("items").forEach(alert -> {
            codes.add(alert.get("signingId").asText() + " " + alert.get("code").asText());
            raised.add(Instant.parse(alert.get("raisedAt").asText()));
            assertThat(alert.get("projectName").asText()).isEqualTo("测试项目");
            assertThat(alert.get("destinationRegion").asText()).isEqualTo("450500");
            assertThat(alert.get("detail").asText()).isNotBlank();
        });
        assertThat(codes).containsExactlyInAnyOrder(late.id() + " OVERDUE_COMMENCEMENT",
                stalling.id() + " INVESTMENT_EXCEEDS_SIGNED", stalling.id() + " INVESTMENT_STALLED");
        assertThat(raised).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        asMonitor().get("/api/alerts?event=EV-ALERTS&region=450000").then().statusCode(200).body("total", equalTo(3));
        asMonitor().get("/api/alerts?event=EV-ALERTS&region=450100").then().statusCode(200).body("total", equalTo(0));
        asMonitor().get("/api/alerts?region=4501").then().statusCode(400).body("errors[0].field", equalTo("region"));
    }

    private List<String> alertCodes(Map<TopicPartition, Long> mark, List<String> subjects) {
        return alerts.awaitRecords(mark, 0, Duration.ofMillis(500)).stream()
                .filter(record -> subjects.contains(record.key()))
                .map(record -> {
                    try {
                        JsonNode alert = EventPublisher.JSON.readTree(record.value());
                        assertThat(ContractValidator.violations(EventTypes.ALERT, alert)).isEmpty();
                        assertThat(alert.path("subjectName").asText()).as("the project's name").isEqualTo("测试项目");
                        return record.key() + " " + alert.get("code").asText();
                    } catch (Exception e) {
                        throw new AssertionError(e);
                    }
                })
                .toList();
    }

    private void register(Signing signing) {
        publisher.publish(Topics.SIGNINGS.name(), EventTypes.SIGNING_REGISTERED, signing.id().toString(), signing);
        await().atMost(WAIT).until(() -> asMonitor().get("/api/projects/" + signing.id()).statusCode() == 200);
    }

    private void publishMatch(UUID signingId, SigningMatched.Verdict verdict) {
        publisher.publish(Topics.MATCHES.name(), EventTypes.SIGNING_MATCHED, signingId.toString(), new SigningMatched(
                signingId, "EV", "450500", "3825", "TECHNOLOGY", 50, verdict, List.of(), List.of(),
                new SigningMatched.CapacityRequest(0, 0, 0), Instant.now()));
    }

    private static Response report(Signing signing, String body) {
        return asRegionalOffice(signing.destinationRegion()).contentType(ContentType.JSON).body(body)
                .post("/api/projects/" + signing.id() + "/progress");
    }

    private static Signing signing(String event, long yuan, LocalDate planned) {
        return new Signing(UUID.randomUUID(), event, "REF-" + UUID.randomUUID(), "测试项目",
                new Investor("深圳市测试有限公司", "91350100M000100Y43", "440300"), "450500", null, "3825", yuan, SIGNED,
                null, null, null, planned, SigningStatus.REGISTERED, Instant.now(), null, null, null);
    }
}
