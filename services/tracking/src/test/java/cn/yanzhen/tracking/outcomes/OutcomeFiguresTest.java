package cn.yanzhen.tracking.outcomes;

import static cn.yanzhen.platform.testing.Tokens.asMonitor;
import static cn.yanzhen.platform.testing.Tokens.asRegionalOffice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

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
 * Outcomes after production (docs/contract.md §4.4.2, §4.5.3) of three projects in Mianyang (510700, Sichuan), in an
 * event of this test's own, so that the event's and both regions' outcomes are exactly theirs; today is 2026-07-15.
 * Every expected figure is added up by hand in the comments.
 */
@QuarkusTest
@WithTestResource(YanzhenTestResource.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutcomeFiguresTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String EVENT = "EV-OUTCOME";
    private static final String DESTINATION = "510700";
    private static final String PROVINCE = "510000";

    private EventPublisher publisher;
    private TopicReader progress;
    private TopicReader stats;

    @BeforeAll
    void connect() {
        MovableClock.moveTo(LocalDate.of(2026, 7, 15));
        String kafka = TestInfrastructure.endpoints().kafkaBootstrap();
        publisher = new EventPublisher(kafka);
        progress = new TopicReader(kafka, Topics.PROJECT_PROGRESS.name());
        stats = new TopicReader(kafka, Topics.STATS.name());
    }

    @AfterAll
    void disconnect() {
        publisher.close();
        progress.close();
        stats.close();
    }

    @Test
    void outcomesPerPeriodFollowReportsAndCorrectionsAndTwoShortPeriodsRaiseJobsShortfallOnce() throws Exception {
        Signing a = inProduction(400, "2025-03-01");
        Signing b = inProduction(200, "2025-06-01");
        Signing c = inProduction(null, "2025-05-01");

        Map<TopicPartition, Long> statsMark = stats.mark();
        Map<TopicPartition, Long> mark = progress.mark();
        outcome(a, "A-2025", "2025", 150, 90_000_000, 4_000_000).statusCode(201)
                .body("type", equalTo("OUTCOME")).body("outcome.period", equalTo("2025"))
                .body("outcome.jobs", equalTo(150)).body("correction", equalTo(false));
        JsonNode published = EventPublisher.JSON.readTree(progress.awaitRecords(mark, 1, WAIT).get(0).value());
        assertThat(ContractValidator.violations(EventTypes.PROJECT_PROGRESSED, published)).isEmpty();
        assertThat(published.at("/outcome/taxPaidYuan").asLong()).isEqualTo(4_000_000);
        outcome(a, "A-2025", "2025", 150, 90_000_000, 4_000_000).statusCode(200);
        outcome(b, "B-2025", "2025", 180, 60_000_000, 2_500_000).statusCode(201);
        outcome(c, "C-2025", "2025", 40, 10_000_000, 500_000).statusCode(201);
        // A promised 400 and has 150, below half (200): one short period is not yet a shortfall
        noShortfall(a);
        outcome(a, "A-2026-Q1", "2026-Q1", 170, 30_000_000, 1_200_000).statusCode(201);
        outcome(b, "B-2026-Q1", "2026-Q1", 190, 20_000_000, 900_000).statusCode(201);
        // short again, but a quarter does not follow a year: still none
        noShortfall(a);

        // 2026-Q1: A and B, 170 + 190 = 360 jobs of 400 + 200 = 600 promised (0.6); 30 M + 20 M; 1.2 M + 0.9 M
        // 2025: A, B and C (which promised nothing), 150 + 180 + 40 = 370 jobs; A and B promised 600 and have
        // 150 + 180 = 330 (0.55); 90 M + 60 M + 10 M = 160 M yuan; 4 M + 2.5 M + 0.5 M = 7 M yuan
        await().atMost(WAIT).untilAsserted(() -> figures("event=" + EVENT).body("outcomes.period",
                equalTo(List.of("2026-Q1", "2025"))));
        period(0, "2026-Q1", 2, 360, 50_000_000, 2_100_000, 2, 600, 360, 0.6f);
        period(1, "2025", 3, 370, 160_000_000, 7_000_000, 2, 600, 330, 0.55f);

        // B's 2025 again, as if new: refused, naming correction and reason; then corrected with a reason
        outcome(b, "B-2025-bis", "2025", 210, 58_000_000, 2_500_000).statusCode(400)
                .body("errors.field", containsInAnyOrder("correction", "reason"));
        report(b, "{\"reportId\": \"B-2025-c\", \"type\": \"OUTCOME\", \"period\": \"2025\", \"jobs\": 210,"
                + " \"outputValueYuan\": 58000000, \"taxPaidYuan\": 2500000, \"correction\": true,"
                + " \"reason\": \"按社保缴费人数更正\"}").statusCode(201).body("correction", equalTo(true));
        // 2025 now: 150 + 210 + 40 = 400 jobs, of which 150 + 210 = 360 against 600 promised (0.6);
        // 160 M − 60 M + 58 M = 158 M yuan; tax unchanged; still three projects, not four
        await().atMost(WAIT).untilAsserted(() -> figures("event=" + EVENT).body("outcomes[1].jobs", equalTo(400)));
        period(1, "2025", 3, 400, 158_000_000, 7_000_000, 2, 600, 360, 0.6f);
        asMonitor().get("/api/projects/" + b.id()).then().body("outcomes.reportId", equalTo(List.of("B-2025",
                "B-2026-Q1", "B-2025-c"))).body("outcomes[2].correction", equalTo(true))
                .body("outcomes[2].reason", equalTo("按社保缴费人数更正"));
        // audited as every report: the latest entry of B is its correction, quarter 0 standing for the whole year
        asMonitor().queryParam("entity", "project:" + b.id()).get("/api/audit").then()
                .body("items[0].action", equalTo("project.report"))
                .body("items[0].request.reportId", equalTo("B-2025-c"))
                .body("items[0].request.outcome.period.year", equalTo(2025))
                .body("items[0].request.outcome.period.quarter", equalTo(0))
                .body("items[0].request.outcome.jobs", equalTo(210));

        // A's second short quarter running: 2026-Q1 170 and 2026-Q2 160, both below 200
        outcome(a, "A-2026-Q2", "2026-Q2", 160, 31_000_000, 1_300_000).statusCode(201);
        asMonitor().get("/api/projects/" + a.id()).then().body("alerts.findAll { it.code == 'JOBS_SHORTFALL' }.detail",
                equalTo(List.of("jobs below 0.5 of the 400 expected two periods running: 2026-Q1 170, 2026-Q2 160")));
        // a third, reported late (2025-Q4 140, before 2026-Q1): short again, raises nothing more
        outcome(a, "A-2025-Q4", "2025-Q4", 140, 28_000_000, 1_100_000).statusCode(201);
        asMonitor().get("/api/projects/" + a.id()).then()
                .body("alerts.findAll { it.code == 'JOBS_SHORTFALL' }.size()", equalTo(1));

        // most recent first; a year before its own fourth quarter
        await().atMost(WAIT).untilAsserted(() -> figures("event=" + EVENT).body("outcomes.period",
                equalTo(List.of("2026-Q2", "2026-Q1", "2025", "2025-Q4"))));
        period(0, "2026-Q2", 1, 160, 31_000_000, 1_300_000, 1, 400, 160, 0.4f);
        period(3, "2025-Q4", 1, 140, 28_000_000, 1_100_000, 1, 400, 140, 0.35f);
        // the regions count the same three projects
        String event = asMonitor().get("/api/stats?event=" + EVENT).jsonPath().getList("outcomes").toString();
        assertThat(asMonitor().get("/api/stats?region=" + DESTINATION).jsonPath().getList("outcomes"))
                .hasToString(event);
        assertThat(asMonitor().get("/api/stats?region=" + PROVINCE).jsonPath().getList("outcomes")).hasToString(event);
        // what yanzhen.stats carries for the event is what the API answers, and it meets the schema
        JsonNode answered = EventPublisher.JSON.readTree(asMonitor().get("/api/stats?event=" + EVENT).asString());
        await().atMost(WAIT).untilAsserted(() -> {
            List<ConsumerRecord<String, String>> records = stats.readToEnd(statsMark).stream()
                    .filter(record -> ("event:" + EVENT).equals(record.key())).toList();
            JsonNode last = EventPublisher.JSON.readTree(records.get(records.size() - 1).value());
            assertThat(ContractValidator.violations(EventTypes.STATS, last)).isEmpty();
            assertThat(last).isEqualTo(answered);
        });
    }

    @Test
    void badOutcomesNameEachFieldAndLeaveNothingBehind() {
        Signing a = inProduction(100, "2025-03-01");
        Signing commenced = signing(100);
        register(commenced);
        report(commenced, "{\"reportId\": \"" + commenced.id() + "-C\", \"type\": \"COMMENCED\", \"on\": \"2024-12-01\"}")
                .statusCode(201);
        String figuresBefore = asMonitor().get("/api/stats?region=" + DESTINATION).asString();

        // what cannot be read is named first; what can is then held to the rules
        report(a, "{\"reportId\": \"BAD-1\", \"type\": \"OUTCOME\", \"period\": \"2025-Q5\", \"jobs\": 1,"
                + " \"outputValueYuan\": \"many\", \"taxPaidYuan\": 1, \"on\": \"2025-01-01\"}").statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("period", "outputValueYuan", "on"));
        report(a, "{\"reportId\": \"BAD-1\", \"type\": \"OUTCOME\", \"jobs\": -1, \"outputValueYuan\": 1}")
                .statusCode(400).body("errors.field", containsInAnyOrder("period", "jobs", "taxPaidYuan"));
        // 2026-Q3 ends 2026-09-30, 2026 on 2026-12-31: neither has ended; 2024-Q4 ended before production began
        outcome(a, "BAD-2", "2026-Q3", 1, 1, 1).statusCode(400).body("errors[0].field", equalTo("period"))
                .body("errors[0].message", containsString("must have ended"));
        outcome(a, "BAD-3", "2026", 1, 1, 1).statusCode(400).body("errors.field", equalTo(List.of("period")));
        outcome(a, "BAD-4", "2024-Q4", 1, 1, 1).statusCode(400).body("errors[0].message",
                containsString("2025-03-01"));
        report(a, "{\"reportId\": \"BAD-5\", \"type\": \"OUTCOME\", \"period\": \"2025\", \"jobs\": 1,"
                + " \"outputValueYuan\": 1, \"taxPaidYuan\": 1, \"correction\": true}").statusCode(400)
                .body("errors.field", containsInAnyOrder("correction", "reason"));
        outcome(commenced, "BAD-6", "2025", 1, 1, 1).statusCode(409).body("detail", containsString("in production"));

        asMonitor().get("/api/projects/" + a.id()).then().body("outcomes", equalTo(List.of()))
                .body("reports.reportId", not(hasItem(containsString("BAD"))));
        assertThat(asMonitor().get("/api/stats?region=" + DESTINATION).asString()).isEqualTo(figuresBefore);
    }

    @Test
    void outputAndTaxCountAgainstThePromiseFromThePeriodsThatBeginOnOrAfterItsDate() {
        // P promised 400 M output and 20 M tax a year from 2026-01-01: 100 M and 5 M a quarter;
        // Q 200 M output (no tax) from 2026-04-01: 50 M a quarter; R promised nothing
        Signing p = producing(promising(400_000_000L, 20_000_000L, "2026-01-01"), "2025-03-01");
        Signing q = producing(promising(200_000_000L, null, "2026-04-01"), "2025-03-01");
        Signing r = producing(promising(null, null, null), "2025-03-01");
        outcome(p, "P-2025", "2025", 10, 300_000_000, 15_000_000).statusCode(201);
        outcome(p, "P-2026-Q1", "2026-Q1", 10, 60_000_000, 3_000_000).statusCode(201);
        outcome(q, "Q-2026-Q1", "2026-Q1", 10, 40_000_000, 1_000_000).statusCode(201);
        outcome(p, "P-2026-Q2", "2026-Q2", 10, 60_000_000, 4_000_000).statusCode(201);
        outcome(q, "Q-2026-Q2", "2026-Q2", 10, 50_000_000, 1_000_000).statusCode(201);
        outcome(r, "R-2026-Q2", "2026-Q2", 10, 10_000_000, 1_000_000).statusCode(201);

        // by hand: 2026-Q2 holds P and Q: 100 M + 50 M = 150 M promised, 60 M + 50 M = 110 M reported (0.7333);
        // tax P only: 5 M promised, 4 M paid (0.8). 2026-Q1 holds P only (Q's date is later): 100 M, 60 M (0.6);
        // 5 M, 3 M (0.6). 2025 began before P's date: no row.
        await().atMost(WAIT).untilAsserted(() -> figures("event=EV-PROMISE").body("promises.period",
                equalTo(List.of("2026-Q2", "2026-Q1"))));
        promise(0, "2026-Q2", 2, 150_000_000, 110_000_000, 0.7333f, 5_000_000, 4_000_000, 0.8f);
        promise(1, "2026-Q1", 1, 100_000_000, 60_000_000, 0.6f, 5_000_000, 3_000_000, 0.6f);

        report(p, "{\"reportId\": \"P-2026-Q1-c\", \"type\": \"OUTCOME\", \"period\": \"2026-Q1\", \"jobs\": 10,"
                + " \"outputValueYuan\": 70000000, \"taxPaidYuan\": 3000000, \"correction\": true,"
                + " \"reason\": \"按统计部门核定产值更正\"}").statusCode(201);
        // the correction moves the output by its difference, 10 M, and counts P once
        await().atMost(WAIT).untilAsserted(() -> figures("event=EV-PROMISE")
                .body("promises[1].outputAgainstPromised", equalTo(70_000_000)));
        promise(1, "2026-Q1", 1, 100_000_000, 70_000_000, 0.7f, 5_000_000, 3_000_000, 0.6f);
    }

    @Test
    void outputFarBelowThePromiseRaisesOutputShortfallOnceAndNotBeforeItsTime() {
        // promised 400 M a year from 2025-10-01 (100 M a quarter); judged from periods beginning six months later,
        // 2026-04-01; short below half, 50 M
        Signing s = producing(promising("EV-PROMISE-ALERT", 400_000_000L, null, "2025-10-01"), "2025-03-01");
        outcome(s, "S-2026-Q1", "2026-Q1", 10, 10_000_000, 0).statusCode(201);
        outcome(s, "S-2026-Q2", "2026-Q2", 10, 60_000_000, 0).statusCode(201);
        // 2026-Q1 is short but not yet judged, 2026-Q2 judged but not short; 2026-Q3 has not ended on 2026-07-15
        noAlert(s, "OUTPUT_SHORTFALL");
        outcome(s, "S-2026-Q3", "2026-Q3", 10, 20_000_000, 0).statusCode(400);
        MovableClock.moveTo(LocalDate.of(2026, 10, 1));
        try {
            outcome(s, "S-2026-Q3", "2026-Q3", 10, 20_000_000, 0).statusCode(201);
            asMonitor().get("/api/projects/" + s.id()).then().body("alerts.findAll { it.code == 'OUTPUT_SHORTFALL' }"
                    + ".detail", equalTo(List.of("output 20000000 yuan in 2026-Q3, below 0.5 of the 100000000 yuan"
                    + " promised for it from 2025-10-01")));
            report(s, "{\"reportId\": \"S-2026-Q2-c\", \"type\": \"OUTCOME\", \"period\": \"2026-Q2\", \"jobs\": 10,"
                    + " \"outputValueYuan\": 30000000, \"taxPaidYuan\": 0, \"correction\": true,"
                    + " \"reason\": \"按统计部门核定产值更正\"}").statusCode(201);
            asMonitor().get("/api/projects/" + s.id()).then()
                    .body("alerts.findAll { it.code == 'OUTPUT_SHORTFALL' }.size()", equalTo(1));
        } finally {
            MovableClock.moveTo(LocalDate.of(2026, 7, 15));
        }
    }

    private static void noAlert(Signing signing, String code) {
        asMonitor().get("/api/projects/" + signing.id()).then().body("alerts.code", not(hasItem(code)));
    }

    private static void promise(int index, String period, int projects, long output, long outputAgainst,
                                float outputShare, long tax, long taxAgainst, float taxShare) {
        String row = "promises[" + index + "].";
        figures("event=EV-PROMISE").body(row + "period", equalTo(period)).body(row + "projects", equalTo(projects))
                .body(row + "promisedOutputYuan", equalTo((int) output))
                .body(row + "outputAgainstPromised", equalTo((int) outputAgainst))
                .body(row + "outputShareOfPromised", equalTo(outputShare))
                .body(row + "promisedTaxYuan", equalTo((int) tax)).body(row + "taxAgainstPromised", equalTo((int) taxAgainst))
                .body(row + "taxShareOfPromised", equalTo(taxShare));
    }

    private static Signing promising(Long annualOutput, Long annualTax, String by) {
        return promising("EV-PROMISE", annualOutput, annualTax, by);
    }

    private static Signing promising(String event, Long annualOutput, Long annualTax, String by) {
        Signing s = signing(null);
        return new Signing(s.id(), event, s.externalRef(), s.projectName(), s.investor(), s.destinationRegion(),
                null, s.industryCode(), s.investmentYuan(), s.signedOn(), null, null, null, null, s.status(),
                s.registeredAt(), null, null, by == null ? null
                : new Signing.Promise(null, null, annualOutput, annualTax, LocalDate.parse(by)));
    }

    private static void period(int index, String period, int projects, int jobs, long output, long tax,
                               int withExpected, int expected, int against, float share) {
        String row = "outcomes[" + index + "].";
        figures("event=" + EVENT).body(row + "period", equalTo(period)).body(row + "projects", equalTo(projects))
                .body(row + "jobs", equalTo(jobs)).body(row + "outputValueYuan", equalTo((int) output))
                .body(row + "taxPaidYuan", equalTo((int) tax))
                .body(row + "projectsWithExpectedJobs", equalTo(withExpected))
                .body(row + "expectedJobs", equalTo(expected)).body(row + "jobsAgainstExpected", equalTo(against))
                .body(row + "jobsShareOfExpected", equalTo(share));
    }

    private static void noShortfall(Signing signing) {
        asMonitor().get("/api/projects/" + signing.id()).then().body("alerts.code", not(hasItem("JOBS_SHORTFALL")));
    }

    private static ValidatableResponse figures(String query) {
        return asMonitor().get("/api/stats?" + query).then().statusCode(200);
    }

    private static ValidatableResponse outcome(Signing signing, String reportId, String period, long jobs,
                                               long output, long tax) {
        return report(signing, "{\"reportId\": \"" + reportId + "\", \"type\": \"OUTCOME\", \"period\": \"" + period
                + "\", \"jobs\": " + jobs + ", \"outputValueYuan\": " + output + ", \"taxPaidYuan\": " + tax + "}");
    }

    private static ValidatableResponse report(Signing signing, String body) {
        return asRegionalOffice(PROVINCE).contentType(ContentType.JSON).body(body)
                .post("/api/projects/" + signing.id() + "/progress").then();
    }

    /** A project of the event that commenced on 2024-12-01 and went into production on {@code producingOn}. */
    private Signing inProduction(Integer expectedJobs, String producingOn) {
        return producing(signing(expectedJobs), producingOn);
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

    private static Signing signing(Integer expectedJobs) {
        return new Signing(UUID.randomUUID(), EVENT, "REF-" + UUID.randomUUID(), "电子元器件项目",
                new Investor("深圳市测试电子有限公司", "91440300MA5F0K7Q3C", "440300"), DESTINATION, null, "3971",
                300_000_000L, LocalDate.of(2024, 10, 1), expectedJobs, null, null, null, SigningStatus.REGISTERED,
                Instant.now(), null, null, null);
    }
}
