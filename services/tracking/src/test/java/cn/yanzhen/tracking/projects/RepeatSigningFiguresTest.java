package cn.yanzhen.tracking.projects;

import static cn.yanzhen.platform.testing.Tokens.asMonitor;
import static cn.yanzhen.platform.testing.Tokens.asRegionalOffice;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import cn.yanzhen.contracts.EventTypes;
import cn.yanzhen.contracts.Topics;
import cn.yanzhen.contracts.signing.Investor;
import cn.yanzhen.contracts.signing.RepeatLinkChanged;
import cn.yanzhen.contracts.signing.Signing.LinkStatus;
import cn.yanzhen.contracts.signing.Signing.RepeatOf;
import cn.yanzhen.contracts.signing.Signing;
import cn.yanzhen.contracts.signing.SigningStatus;
import cn.yanzhen.platform.testing.EventPublisher;
import cn.yanzhen.platform.testing.TestInfrastructure;
import cn.yanzhen.platform.testing.YanzhenTestResource;
import cn.yanzhen.tracking.MovableClock;
import cn.yanzhen.tracking.projects.messaging.DeadlineWatch;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A project signed at two events: each event counts its own signings, the region and industry count the
 * project once, through its earliest signing, and show the repeat they left out. Gansu (620000) and the
 * pharmaceutical division (27) are this test's alone, so their figures are exactly the cohort's.
 */
@QuarkusTest
@WithTestResource(YanzhenTestResource.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RepeatSigningFiguresTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String INVESTOR = "91310000MA1FL4QX2B";
    private static final LocalDate SIGNED = LocalDate.of(2025, 7, 20);

    @Inject
    DeadlineWatch deadlineWatch;

    private EventPublisher publisher;

    @BeforeAll
    void connect() {
        publisher = new EventPublisher(TestInfrastructure.endpoints().kafkaBootstrap());
    }

    @BeforeEach
    void today() {
        MovableClock.moveTo(LocalDate.of(2026, 1, 1));
    }

    @AfterAll
    void disconnect() {
        publisher.close();
    }

    @Test
    void eachEventCountsItsSigningsWhileRegionAndIndustryCountTheProjectOnceAndLinksMoveTheFiguresBothWays() {
        Signing earliest = signing("EV-RPT-A", 1_000_000_000L, "620100", null);
        Signing other = signing("EV-RPT-A", 300_000_000L, "620100", null);
        Signing repeat = signing("EV-RPT-B", 1_100_000_000L, "620000",
                new RepeatOf(earliest.id(), List.of("investor.creditCode"), LinkStatus.SUSPECTED));
        Signing another = signing("EV-RPT-B", 200_000_000L, "620100", null);
        List.of(earliest, other, repeat, another).forEach(this::register);
        List.of(earliest, other, repeat, another).forEach(RepeatSigningFiguresTest::awaitProject);
        report(earliest, "{\"reportId\": \"RPT-1\", \"type\": \"COMMENCED\", \"on\": \"2025-09-01\"}").statusCode(201);
        report(earliest, "{\"reportId\": \"RPT-2\", \"type\": \"INVESTMENT\", \"cumulativeYuan\": 400000000,"
                + " \"asOf\": \"2025-10-31\"}").statusCode(201);

        // by hand: EV-RPT-A = earliest + other; EV-RPT-B = repeat (following earliest) + another;
        // Gansu and division 27 = earliest + other + another, the repeat left out (1.1 bn)
        figures("event=EV-RPT-A", 2, 1_300_000_000L, 1, 1_000_000_000L, 400_000_000L, 0, 0);
        figures("event=EV-RPT-B", 2, 1_300_000_000L, 1, 1_100_000_000L, 400_000_000L, 0, 0);
        figures("region=620000", 3, 1_500_000_000L, 1, 1_000_000_000L, 400_000_000L, 1, 1_100_000_000L);
        figures("industry=27", 3, 1_500_000_000L, 1, 1_000_000_000L, 400_000_000L, 1, 1_100_000_000L);
        figures("region=620100", 3, 1_500_000_000L, 1, 1_000_000_000L, 400_000_000L, 0, 0);

        report(repeat, "{\"reportId\": \"RPT-3\", \"type\": \"COMMENCED\", \"on\": \"2025-09-02\"}").statusCode(409)
                .body("detail", containsString(earliest.id().toString()));

        linkChanged(repeat, repeat.repeatOf(), null);
        // released: the repeat is a project of its own, signed and not commenced
        figures("region=620000", 4, 2_600_000_000L, 1, 1_000_000_000L, 400_000_000L, 0, 0);
        figures("event=EV-RPT-B", 2, 1_300_000_000L, 0, 0, 0, 0, 0);
        figures("industry=27", 4, 2_600_000_000L, 1, 1_000_000_000L, 400_000_000L, 0, 0);

        linkChanged(repeat, null, new RepeatOf(earliest.id(), List.of(), LinkStatus.CONFIRMED));
        figures("region=620000", 3, 1_500_000_000L, 1, 1_000_000_000L, 400_000_000L, 1, 1_100_000_000L);
        figures("event=EV-RPT-B", 2, 1_300_000_000L, 1, 1_100_000_000L, 400_000_000L, 0, 0);
    }

    @Test
    void aRepeatIsOverdueInItsEventWhenTheEarliestSigningIsAndRaisesNoAlertOfItsOwn() {
        Signing earliest = signing("EV-RPT-C", 500_000_000L, "620100", null);
        Signing repeat = signing("EV-RPT-D", 500_000_000L, "620100",
                new RepeatOf(earliest.id(), List.of("investor.creditCode"), LinkStatus.SUSPECTED));
        List.of(earliest, repeat).forEach(this::register);
        List.of(earliest, repeat).forEach(RepeatSigningFiguresTest::awaitProject);

        MovableClock.moveTo(SIGNED.plusDays(181));
        deadlineWatch.scan();

        await().atMost(WAIT).untilAsserted(() -> asMonitor().get("/api/stats?event=EV-RPT-D").then()
                .body("overdue", equalTo(1)).body("signed.count", equalTo(1)));
        asMonitor().get("/api/stats?event=EV-RPT-C").then().body("overdue", equalTo(1))
                .body("overdueProjects.signingId", equalTo(List.of(earliest.id().toString())));
        asMonitor().get("/api/stats?event=EV-RPT-D").then()
                .body("overdueProjects.signingId", equalTo(List.of(repeat.id().toString())));
        asMonitor().get("/api/projects/" + earliest.id()).then().body("alerts.size()", equalTo(1));
        asMonitor().get("/api/projects/" + repeat.id()).then().body("alerts.size()", equalTo(0))
                .body("repeatOf", equalTo(earliest.id().toString()));
    }

    /** Waits for a scope's figures to be these (they settle as the consumers catch up). */
    private void figures(String query, long signed, long signedYuan, long commenced, long commencedYuan,
                         long completedYuan, long repeats, long repeatsYuan) {
        await().atMost(WAIT).untilAsserted(() -> asMonitor().get("/api/stats?" + query).then()
                .body("signed.count", equalTo((int) signed)).body("signed.investmentYuan", equalTo(number(signedYuan)))
                .body("commenced.count", equalTo((int) commenced))
                .body("commenced.investmentYuan", equalTo(number(commencedYuan)))
                .body("completedInvestmentYuan", equalTo(number(completedYuan)))
                .body("repeats.count", equalTo((int) repeats))
                .body("repeats.investmentYuan", equalTo(number(repeatsYuan))));
    }

    /** REST Assured reads small JSON numbers as int and large ones as long. */
    private static Object number(long value) {
        return value <= Integer.MAX_VALUE ? (Object) (int) value : (Object) value;
    }

    private void linkChanged(Signing repeat, RepeatOf before, RepeatOf after) {
        publisher.publish(Topics.SIGNINGS.name(), EventTypes.SIGNING_REPEAT_CHANGED, repeat.id().toString(),
                new RepeatLinkChanged(repeat.id(), repeat.eventCode(), before, after, "核实", Instant.now()));
    }

    private void register(Signing signing) {
        publisher.publish(Topics.SIGNINGS.name(), EventTypes.SIGNING_REGISTERED, signing.id().toString(), signing);
    }

    private static void awaitProject(Signing signing) {
        await().atMost(WAIT).until(() -> asMonitor().get("/api/projects/" + signing.id()).statusCode() == 200);
    }

    private static ValidatableResponse report(Signing signing, String body) {
        return asRegionalOffice("620000").contentType(ContentType.JSON).body(body)
                .post("/api/projects/" + signing.id() + "/progress").then();
    }

    private static Signing signing(String event, long yuan, String destination, RepeatOf repeatOf) {
        return new Signing(UUID.randomUUID(), event, "REF-" + UUID.randomUUID(), "原料药生产基地项目",
                new Investor("上海市测试医药有限公司", INVESTOR, "310000"), destination, null, "2710", yuan, SIGNED,
                null, null, null, null, SigningStatus.REGISTERED, Instant.now(), null, repeatOf, null);
    }
}
