package cn.yanzhen.tracking.rounds;

import static cn.yanzhen.platform.testing.Tokens.asAdmin;
import static cn.yanzhen.platform.testing.Tokens.asMonitor;
import static cn.yanzhen.platform.testing.Tokens.asRegionalOffice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import cn.yanzhen.contracts.ContractValidator;
import cn.yanzhen.contracts.EventTypes;
import cn.yanzhen.contracts.Topics;
import cn.yanzhen.contracts.signing.Investor;
import cn.yanzhen.contracts.signing.Signing.LinkStatus;
import cn.yanzhen.contracts.signing.Signing.RepeatOf;
import cn.yanzhen.contracts.signing.Signing;
import cn.yanzhen.contracts.signing.SigningStatus;
import cn.yanzhen.platform.testing.EventPublisher;
import cn.yanzhen.platform.testing.TestInfrastructure;
import cn.yanzhen.platform.testing.TopicReader;
import cn.yanzhen.platform.testing.YanzhenTestResource;
import cn.yanzhen.tracking.MovableClock;
import cn.yanzhen.tracking.RoundSheetFilling;
import cn.yanzhen.tracking.SigningCopies;
import cn.yanzhen.tracking.rounds.messaging.RoundWatch;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A reporting round over Yunnan (530000), whose projects are this test's alone: its reporting rate per
 * prefecture live and after closing, and MISSED_REPORT exactly for the projects that owed a report and sent
 * none dated inside the round, raised once however often the watch runs.
 */
@QuarkusTest
@WithTestResource(YanzhenTestResource.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportingRoundTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final LocalDate SIGNED = LocalDate.of(2025, 7, 20);
    private static final String ROUND = "{\"code\": \"%s\", \"scope\": \"%s\", \"opensOn\": \"2025-12-01\","
            + " \"dueOn\": \"2025-12-31\"}";
    /** A round no scan of these tests closes, so it raises nothing over other tests' projects. */
    private static final String LATER_ROUND = "{\"code\": \"%s\", \"scope\": \"%s\", \"opensOn\": \"2027-06-01\","
            + " \"dueOn\": \"2027-06-30\"}";

    @Inject
    RoundWatch roundWatch;

    private EventPublisher publisher;
    private TopicReader alerts;
    private TopicReader rounds;
    private TopicReader progress;

    @BeforeAll
    void connect() {
        String kafka = TestInfrastructure.endpoints().kafkaBootstrap();
        publisher = new EventPublisher(kafka);
        alerts = new TopicReader(kafka, Topics.ALERTS.name());
        rounds = new TopicReader(kafka, Topics.ROUNDS.name());
        progress = new TopicReader(kafka, Topics.PROJECT_PROGRESS.name());
    }

    @AfterAll
    void disconnect() {
        publisher.close();
        alerts.close();
        rounds.close();
        progress.close();
        MovableClock.moveTo(LocalDate.of(2026, 1, 1));
    }

    @Test
    void theRatePerRegionAndTheMissedReportsEqualWhatWasSentAndAreRaisedOnce() throws Exception {
        MovableClock.moveTo(LocalDate.of(2025, 12, 20));
        Signing inside = signing("530100", null);      // COMMENCED on 12-05: answers
        Signing unchanged = signing("530100", null);   // NO_CHANGE on 12-10: answers
        Signing before = signing("530100", null);      // COMMENCED on 11-20, before the round: misses
        Signing silent = signing("530300", null);      // nothing, then NO_CHANGE on 01-01, after it: misses
        Signing invested = signing("530300", null);    // INVESTMENT as of 12-18: answers
        Signing withdrawn = signing("530300", null);   // withdrawn: owes nothing
        Signing repeat = signing("530300", new RepeatOf(inside.id(), List.of("investor.creditCode"),
                LinkStatus.CONFIRMED));                 // follows its earliest signing: owes nothing
        Signing guizhou = signing("522600", null);     // outside the scope
        List<Signing> all = List.of(inside, unchanged, before, silent, invested, withdrawn, repeat, guizhou);
        all.forEach(signing -> publisher.publish(Topics.SIGNINGS.name(), EventTypes.SIGNING_REGISTERED,
                signing.id().toString(), signing));
        all.forEach(ReportingRoundTest::awaitProject);
        publisher.publish(Topics.SIGNINGS.name(), EventTypes.SIGNING_WITHDRAWN, withdrawn.id().toString(),
                SigningCopies.withdrawn(withdrawn));
        await().atMost(WAIT).untilAsserted(() -> asMonitor().get("/api/projects/" + withdrawn.id()).then()
                .body("status", equalTo("WITHDRAWN")));

        report(inside, "{\"reportId\": \"YN-1\", \"type\": \"COMMENCED\", \"on\": \"2025-12-05\"}").statusCode(201);
        report(unchanged, "{\"reportId\": \"YN-2\", \"type\": \"NO_CHANGE\", \"on\": \"2025-12-10\","
                + " \"note\": \"土地报批中，本期无变化\"}").statusCode(201).body("note", equalTo("土地报批中，本期无变化"));
        report(before, "{\"reportId\": \"YN-3\", \"type\": \"COMMENCED\", \"on\": \"2025-11-20\"}").statusCode(201);
        report(invested, "{\"reportId\": \"YN-4\", \"type\": \"COMMENCED\", \"on\": \"2025-09-01\"}").statusCode(201);
        report(invested, "{\"reportId\": \"YN-5\", \"type\": \"INVESTMENT\", \"cumulativeYuan\": 50000000,"
                + " \"asOf\": \"2025-12-18\"}").statusCode(201);
        asMonitor().get("/api/stats?region=530100").then().body("signed.count", equalTo(3))
                .body("commenced.count", equalTo(2));

        Map<TopicPartition, Long> roundsMark = rounds.mark();
        office("530000").body(ROUND.formatted("YN-2025-12", "530000")).post("/api/rounds").then().statusCode(201);
        office("530000").body(ROUND.formatted("YN-2025-12", "530000")).post("/api/rounds").then().statusCode(200);
        office("530000").body(ROUND.formatted("YN-2025-12", "530100")).post("/api/rounds").then().statusCode(409);

        // by hand, live: Kunming owes 3 (inside, unchanged, before), 2 answered; Qujing owes 2 (silent, invested),
        // 1 answered; withdrawn, repeat and Guizhou owe nothing. 3 of 5 = 0.6; nobody is listed missing yet
        round("YN-2025-12", "OPEN", 5, 3, 0.6f).body("closedAt", nullValue()).body("missed", equalTo(0));
        asMonitor().get("/api/rounds/YN-2025-12/missed").then().statusCode(200).body("total", equalTo(0))
                .body("items.size()", equalTo(0));

        MovableClock.moveTo(LocalDate.of(2026, 1, 1));
        report(silent, "{\"reportId\": \"YN-6\", \"type\": \"NO_CHANGE\", \"on\": \"2026-01-01\","
                + " \"note\": \"投资方重新评估中\"}").statusCode(201);
        Map<TopicPartition, Long> alertsMark = alerts.mark();
        roundWatch.scan();

        round("YN-2025-12", "CLOSED", 5, 3, 0.6f).body("missed", equalTo(2));
        asMonitor().get("/api/rounds/YN-2025-12/missed?size=1").then().statusCode(200).body("total", equalTo(2))
                .body("items.size()", equalTo(1));
        asMonitor().get("/api/rounds/YN-2025-12/missed").then().statusCode(200)
                .body("items.signingId", containsInAnyOrder(before.id().toString(), silent.id().toString()))
                .body("items.destinationRegion", everyItem(startsWith("53")));
        asMonitor().get("/api/rounds/NO-SUCH-ROUND/missed").then().statusCode(404);
        List<ConsumerRecord<String, String>> raised = alerts.awaitRecords(alertsMark, 2, WAIT).stream()
                .filter(record -> record.value().contains("MISSED_REPORT") && record.value().contains("YN-2025-12"))
                .toList();
        assertThat(raised).extracting(ConsumerRecord::key)
                .containsExactlyInAnyOrder(before.id().toString(), silent.id().toString());
        asMonitor().get("/api/projects/" + before.id()).then().body("alerts.code", hasItem("MISSED_REPORT"))
                .body("alerts.detail", hasItem(containsString("YN-2025-12")));

        long alertsAfterClosing = alerts.countSince(alertsMark);
        roundWatch.scan();
        report(before, "{\"reportId\": \"YN-7\", \"type\": \"NO_CHANGE\", \"on\": \"2025-12-31\","
                + " \"note\": \"补报\"}").statusCode(201);
        roundWatch.scan();
        // a closed round stays as it closed: the late report changes nothing, the watch raises nothing new
        round("YN-2025-12", "CLOSED", 5, 3, 0.6f).body("missed", equalTo(2));
        asMonitor().get("/api/rounds/YN-2025-12/missed").then().body("total", equalTo(2));
        await().during(Duration.ofMillis(500)).atMost(WAIT).untilAsserted(() ->
                assertThat(alerts.countSince(alertsMark)).isEqualTo(alertsAfterClosing));

        List<ConsumerRecord<String, String>> published = rounds.awaitRecords(roundsMark, 2, WAIT).stream()
                .filter(record -> "YN-2025-12".equals(record.key())).toList();
        assertThat(published).extracting(record -> TopicReader.header(record, "ce_type"))
                .containsExactly(EventTypes.ROUND_OPENED, EventTypes.ROUND_CLOSED);
        for (ConsumerRecord<String, String> record : published) {
            assertThat(ContractValidator.violations(TopicReader.header(record, "ce_type"),
                    EventPublisher.JSON.readTree(record.value()))).isEmpty();
        }
        asMonitor().get("/api/rounds").then().body("items.code", hasItem("YN-2025-12"));
        asMonitor().queryParam("entity", "round:YN-2025-12").get("/api/audit").then().body("total", equalTo(1))
                .body("items[0].action", equalTo("round.open")).body("items[0].subject", equalTo("office-530000"));
    }

    @Test
    void anOfficeOpensRoundsOnlyOverItsOwnRegionAndAnAdminOverAll() {
        office("520000").body(LATER_ROUND.formatted("YN-OUTSIDE", "530000")).post("/api/rounds").then().statusCode(403)
                .body("detail", containsString("530000"));
        office("530000").body(LATER_ROUND.formatted("YN-ALL", "all")).post("/api/rounds").then().statusCode(403);
        asMonitor().contentType(ContentType.JSON).body(LATER_ROUND.formatted("YN-MONITOR", "530000")).post("/api/rounds")
                .then().statusCode(403);
        for (String code : List.of("YN-OUTSIDE", "YN-ALL", "YN-MONITOR")) {
            asMonitor().get("/api/rounds/" + code).then().statusCode(404);
        }
        office("530000").body(LATER_ROUND.formatted("YN-KUNMING", "530100")).post("/api/rounds").then().statusCode(201);
        asAdmin().contentType(ContentType.JSON).body(LATER_ROUND.formatted("ALL-2027-06", "all")).post("/api/rounds")
                .then().statusCode(201).body("scope", equalTo("all"));
    }

    @Test
    void badRoundsAndBadNoChangeReportsNameEachBadFieldAndStoreNothing() {
        office("530000").body("{\"code\": \"'; drop table\", \"scope\": \"999999\", \"opensOn\": \"2025-02-30\","
                        + " \"dueOn\": 5, \"colour\": \"red\"}").post("/api/rounds").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("code", "scope", "opensOn", "dueOn", "colour"));
        office("530000").body("{\"code\": \"YN-BACKWARDS\", \"scope\": \"530000\", \"opensOn\": \"2025-12-31\","
                + " \"dueOn\": \"2025-12-01\"}").post("/api/rounds").then().statusCode(400)
                .body("errors.field", equalTo(List.of("dueOn")));
        office("530000").body("{}").post("/api/rounds").then().statusCode(400)
                .body("errors.field", equalTo(List.of("code", "scope", "opensOn", "dueOn")));
        asMonitor().get("/api/rounds/YN-BACKWARDS").then().statusCode(404);

        MovableClock.moveTo(LocalDate.of(2026, 1, 1));
        Signing project = signing("522600", null);
        publisher.publish(Topics.SIGNINGS.name(), EventTypes.SIGNING_REGISTERED, project.id().toString(), project);
        awaitProject(project);
        report(project, "{\"reportId\": \"YN-BAD\", \"type\": \"NO_CHANGE\", \"on\": \"2025-12-01\","
                + " \"note\": \"无变化\", \"cumulativeYuan\": 5}").statusCode(400)
                .body("errors.field", equalTo(List.of("cumulativeYuan")));
        report(project, "{\"reportId\": \"YN-BAD\", \"type\": \"NO_CHANGE\", \"on\": \"2026-01-02\"}")
                .statusCode(400).body("errors.field", containsInAnyOrder("on", "note"));
        report(project, "{\"reportId\": \"YN-BAD\", \"type\": \"NO_CHANGE\", \"on\": \"2025-12-01\","
                + " \"note\": \"" + "长".repeat(501) + "\"}").statusCode(400).body("errors.field", equalTo(List.of("note")));
        asMonitor().get("/api/projects/" + project.id()).then().body("status", equalTo("SIGNED"));
        report(project, "{\"reportId\": \"YN-BAD\", \"type\": \"NO_CHANGE\", \"on\": \"2025-12-01\", \"note\": \"无变化\"}")
                .statusCode(201);
    }

    @Test
    void aRoundsSheetFilledInAndUploadedMovesTheFiguresAsTheSameApiCallsAndAgainChangesNothing() throws Exception {
        MovableClock.moveTo(LocalDate.of(2025, 12, 20));
        // Hohhot's projects report by sheet; Baotou's twins send the same reports one API call at a time
        List<Signing> bySheet = List.of(signing("150100", null), signing("150100", null), signing("150100", null),
                signing("150100", null));
        List<Signing> byApi = List.of(signing("150200", null), signing("150200", null), signing("150200", null),
                signing("150200", null));
        register(bySheet);
        register(byApi);
        for (Signing commenced : List.of(bySheet.get(1), byApi.get(1))) {
            report(commenced, "{\"reportId\": \"NM-C-" + commenced.id() + "\", \"type\": \"COMMENCED\","
                    + " \"on\": \"2025-09-01\"}").statusCode(201);
        }
        office("150000").body(ROUND.formatted("NM-2025-12", "150000")).post("/api/rounds").then().statusCode(201);

        RoundSheetFilling sheet = new RoundSheetFilling(asRegionalOffice("150100").get("/api/rounds/NM-2025-12/sheet")
                .then().statusCode(200).contentType(XLSX).header("Content-Disposition", containsString("filename*="))
                .extract().asByteArray());
        assertThat(sheet.projects()).containsExactlyInAnyOrderElementsOf(
                bySheet.stream().map(signing -> signing.id().toString()).toList());
        assertThat(sheet.cell(bySheet.get(1).id(), "项目名称")).isEqualTo("高原特色农产品加工项目");
        assertThat(sheet.cell(bySheet.get(1).id(), "最新进展")).isEqualTo("已开工 2025-09-01");
        sheet.fill(bySheet.get(0).id(), "开工日期", LocalDate.of(2025, 12, 5))
                .fill(bySheet.get(0).id(), "证明材料类型", "施工许可证")
                .fill(bySheet.get(0).id(), "证明材料编号", "蒙建施 2025-088")
                .fill(bySheet.get(0).id(), "证明材料日期", "2025/12/1")
                .fill(bySheet.get(1).id(), "累计完成投资（万元）", "12345.6789")
                .fill(bySheet.get(1).id(), "截至日期", LocalDate.of(2025, 12, 18))
                .fill(bySheet.get(2).id(), "无变化说明", "土地报批中，本期无变化")
                .fill(bySheet.get(2).id(), "截至日期", "2025年12月10日");
        byte[] filled = sheet.xlsx();
        Map<TopicPartition, Long> progressMark = progress.mark();

        upload("NM-2025-12", "150100", filled).statusCode(200).body("rows", equalTo(4)).body("reported", equalTo(3))
                .body("unchanged", equalTo(0));
        report(byApi.get(0), "{\"reportId\": \"NM-1\", \"type\": \"COMMENCED\", \"on\": \"2025-12-05\", \"evidence\":"
                + " [{\"kind\": \"CONSTRUCTION_PERMIT\", \"reference\": \"蒙建施 2025-088\", \"issuedOn\": \"2025-12-01\"}]}")
                .statusCode(201);
        report(byApi.get(1), "{\"reportId\": \"NM-2\", \"type\": \"INVESTMENT\", \"cumulativeYuan\": 123456789,"
                + " \"asOf\": \"2025-12-18\"}").statusCode(201);
        report(byApi.get(2), "{\"reportId\": \"NM-3\", \"type\": \"NO_CHANGE\", \"on\": \"2025-12-10\","
                + " \"note\": \"土地报批中，本期无变化\"}").statusCode(201);

        assertTheSheetMovedWhatTheApiMoved(bySheet, byApi);
        assertThat(progress.awaitRecords(progressMark, 6, WAIT)).extracting(ConsumerRecord::key)
                .containsAll(bySheet.subList(0, 3).stream().map(signing -> signing.id().toString()).toList());
        asMonitor().queryParam("entity", "project:" + bySheet.get(0).id()).get("/api/audit").then()
                .body("total", equalTo(1)).body("items[0].action", equalTo("project.report"))
                .body("items[0].subject", equalTo("office-150100")).body("items[0].request.type", equalTo("COMMENCED"))
                .body("items[0].request.evidence[0].issuedOn", equalTo("2025-12-01"));

        upload("NM-2025-12", "150100", filled).statusCode(200).body("reported", equalTo(0)).body("unchanged", equalTo(3));
        assertTheSheetMovedWhatTheApiMoved(bySheet, byApi);
        asMonitor().queryParam("entity", "project:" + bySheet.get(0).id()).get("/api/audit").then()
                .body("total", equalTo(1));
    }

    @Test
    void aSheetWithBadRowsNamesEachRowAndTitleStoresNothingAndIsOnlyForItsRegionsOffice() throws Exception {
        MovableClock.moveTo(LocalDate.of(2025, 12, 20));
        List<Signing> jinan = List.of(signing("370100", null), signing("370100", null), signing("370100", null));
        Signing qingdao = signing("370200", null);
        register(jinan);
        register(List.of(qingdao));
        office("370100").body(ROUND.formatted("SD-2025-12", "370100")).post("/api/rounds").then().statusCode(201);
        asRegionalOffice("370200").queryParam("region", "370100").get("/api/rounds/SD-2025-12/sheet").then()
                .statusCode(403);
        asRegionalOffice("370200").get("/api/rounds/SD-2025-12/sheet").then().statusCode(200);
        asMonitor().get("/api/rounds/SD-2025-12/sheet").then().statusCode(403);

        RoundSheetFilling sheet = new RoundSheetFilling(asRegionalOffice("370000").queryParam("region", "370100")
                .get("/api/rounds/SD-2025-12/sheet").then().statusCode(200).extract().asByteArray());
        byte[] bad = sheet.fill(jinan.get(0).id(), "开工日期", "2025-13-01")
                .fill(jinan.get(1).id(), "累计完成投资（万元）", "12.345678")
                .fill(jinan.get(1).id(), "截至日期", LocalDate.of(2025, 12, 18))
                .fill(jinan.get(2).id(), "投产日期", LocalDate.of(2025, 12, 10))
                .addRow(qingdao.id(), "开工日期", LocalDate.of(2025, 12, 10)).xlsx();
        int qingdaoRow = jinan.stream().mapToInt(signing -> sheet.rowOf(signing.id()).orElseThrow()).max().orElseThrow() + 1;

        asRegionalOffice("370200").queryParam("region", "370100").contentType(XLSX).body(bad)
                .post("/api/rounds/SD-2025-12/sheet").then().statusCode(403);
        upload("SD-2025-12", "370100", bad).statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("row " + sheet.rowOf(jinan.get(0).id()).orElseThrow() + ": 开工日期",
                        "row " + sheet.rowOf(jinan.get(1).id()).orElseThrow() + ": 累计完成投资（万元）",
                        "row " + sheet.rowOf(jinan.get(2).id()).orElseThrow() + ": 投产日期",
                        "row " + qingdaoRow + ": 项目编号"))
                .body("errors.message", hasItem(containsString("换算为元后不是整数")));
        asRegionalOffice("370100").contentType(XLSX).accept(XLSX).body(bad).post("/api/rounds/SD-2025-12/sheet").then()
                .statusCode(400).contentType(XLSX);
        for (Signing signing : jinan) {
            asMonitor().get("/api/projects/" + signing.id()).then().body("status", equalTo("SIGNED"))
                    .body("reports.size()", equalTo(0));
        }
        asMonitor().get("/api/rounds/SD-2025-12").then().body("due", equalTo(3)).body("reported", equalTo(0));
    }

    private static void assertTheSheetMovedWhatTheApiMoved(List<Signing> bySheet, List<Signing> byApi) {
        asMonitor().get("/api/rounds/NM-2025-12").then().statusCode(200)
                .body("regions.region", equalTo(List.of("150100", "150200")))
                .body("regions.due", equalTo(List.of(4, 4))).body("regions.reported", equalTo(List.of(3, 3)));
        for (String figure : List.of("signed", "commenced", "inProduction", "completedInvestmentYuan",
                "commencementRate", "investmentCompletionRate", "awaitingVerification.count")) {
            Object hohhot = asMonitor().get("/api/stats?region=150100").then().extract().path(figure);
            asMonitor().get("/api/stats?region=150200").then().body(figure, equalTo(hohhot));
        }
        for (int i = 0; i < bySheet.size(); i++) {
            ValidatableResponse twin = asMonitor().get("/api/projects/" + byApi.get(i).id()).then();
            asMonitor().get("/api/projects/" + bySheet.get(i).id()).then()
                    .body("status", equalTo(twin.extract().path("status")))
                    .body("cumulativeInvestmentYuan", equalTo(twin.extract().path("cumulativeInvestmentYuan")))
                    .body("milestones", equalTo(twin.extract().path("milestones")))
                    .body("reports.size()", equalTo(twin.extract().<Integer>path("reports.size()")));
        }
    }

    private static ValidatableResponse upload(String round, String region, byte[] sheet) {
        return asRegionalOffice(region).contentType(XLSX).body(sheet).post("/api/rounds/" + round + "/sheet").then();
    }

    private void register(List<Signing> signings) {
        signings.forEach(signing -> publisher.publish(Topics.SIGNINGS.name(), EventTypes.SIGNING_REGISTERED,
                signing.id().toString(), signing));
        signings.forEach(ReportingRoundTest::awaitProject);
    }

    private static ValidatableResponse round(String code, String status, int due, int reported, float rate) {
        return asMonitor().get("/api/rounds/" + code).then().statusCode(200)
                .body("status", equalTo(status)).body("due", equalTo(due)).body("reported", equalTo(reported))
                .body("rate", equalTo(rate))
                .body("regions.region", equalTo(List.of("530100", "530300")))
                .body("regions.due", equalTo(List.of(3, 2)))
                .body("regions.reported", equalTo(List.of(2, 1)))
                .body("regions.rate", equalTo(List.of(0.6667f, 0.5f)));
    }

    private static RequestSpecification office(String region) {
        return asRegionalOffice(region).contentType(ContentType.JSON);
    }

    /** A report by the office of the project's province. */
    private static ValidatableResponse report(Signing signing, String body) {
        return office(signing.destinationRegion().substring(0, 2) + "0000").body(body).post("/api/projects/" + signing.id() + "/progress").then();
    }

    private static void awaitProject(Signing signing) {
        await().atMost(WAIT).until(() -> asMonitor().get("/api/projects/" + signing.id()).statusCode() == 200);
    }

    private static Signing signing(String destination, RepeatOf repeatOf) {
        return new Signing(UUID.randomUUID(), "EV-ROUND", "REF-" + UUID.randomUUID(), "高原特色农产品加工项目",
                new Investor("上海市测试食品有限公司", "91310000MA1FL4QX2B", "310000"), destination, null, "1371",
                300_000_000L, SIGNED, null, null, null, null, SigningStatus.REGISTERED, Instant.now(), null, repeatOf, null);
    }
}
