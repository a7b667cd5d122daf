package cn.yanzhen.system;

import static cn.yanzhen.platform.testing.Tokens.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.yanzhen.intake.domain.CreditCode;
import cn.yanzhen.platform.testing.Tokens;
import cn.yanzhen.system.BadRequests.BadRequest;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Garbage at every endpoint of every service: each malformed request gets a 4xx problem+json (never a
 * 5xx), and no database row changes and no topic record appears.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputIT {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final String EVENT = "2025-BAD";
    private static final String ROUND = "BAD-OPEN-ROUND";
    private static final Set<String> SIGNING_REQUIRED = Set.of("externalRef", "projectName", "investor.name",
            "investor.creditCode", "investor.originRegion", "destinationRegion", "industryCode", "investmentYuan",
            "signedOn");
    private static final Set<String> SIGNING_DATES = Set.of("signedOn", "plannedCommencement");
    private static final Set<String> SIGNING_CODES = Set.of("investor.creditCode", "investor.originRegion",
            "destinationRegion", "industryCode", "chainCode");
    /** Guangxi's aluminium chain, which a signing of the fixtures (3252 in 北海) may name (contract §4.1.4). */
    private static final String ALUMINIUM = "BAD-GX-ALU";
    /** A Guangxi chain that does not span the fixtures' industry, and a Guizhou one that does. */
    private static final String BATTERIES = "BAD-GX-BAT";
    private static final String GUIZHOU_ALUMINIUM = "BAD-GZ-ALU";
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private RunningServices services;
    private SystemState state;
    private String signingId;

    @BeforeAll
    void startWithSomethingToBreak() throws Exception {
        services = RunningServices.start(TrackingWatches.off(),
                "intake", "capacity", "matching", "tracking", "notifier");
        state = new SystemState(services);
        asAdmin().baseUri(services.url("capacity")).contentType("application/json").body(profile().toString())
                .put("/api/regions/450500/capacity").then().statusCode(201);
        asAdmin().baseUri(services.url("intake")).contentType("application/json").body(event().toString())
                .post("/api/events").then().statusCode(201);
        signingId = asAdmin().baseUri(services.url("intake")).contentType("application/json").body(signing().toString())
                .post("/api/events/" + EVENT + "/signings").then().statusCode(201).extract().path("id");
        state.awaitSettled(List.of(signingId));
        asAdmin().baseUri(services.url("tracking")).contentType("application/json").body(obstacle("BAD-OB-1").toString())
                .post("/api/projects/" + signingId + "/obstacles").then().statusCode(201);
        asAdmin().baseUri(services.url("intake")).contentType("application/json").body(lead("BAD-LEAD-1").toString())
                .post("/api/leads").then().statusCode(201);
        Map.of(ALUMINIUM, chain("450000", "3252"), BATTERIES, chain("450000", "3841"), GUIZHOU_ALUMINIUM,
                chain("520000", "3252")).forEach((code, chain) -> asAdmin().baseUri(services.url("intake"))
                .contentType("application/json").body(chain.toString()).put("/api/chains/" + code).then()
                .statusCode(201));
        asAdmin().baseUri(services.url("tracking")).contentType("application/json")
                .body(Fixtures.keyPlan("王敏（北海市投资促进局）").toString()).put("/api/projects/" + signingId + "/key-plan")
                .then().statusCode(201);
        asAdmin().baseUri(services.url("tracking")).contentType("application/json").body(BadRequests.JSON
                        .createObjectNode().put("code", ROUND).put("scope", "450000").put("opensOn", "2030-02-01")
                        .put("dueOn", "2030-02-28").toString())
                .post("/api/rounds").then().statusCode(201);
    }

    @AfterAll
    void stop() throws InterruptedException {
        services.close();
    }

    @Test
    void everyMalformedRequestIsA4xxProblemAndChangesNothing() throws Exception {
        List<BadRequest> requests = malformedRequests();
        state.awaitNotifierCaughtUp();
        Map<String, String> tablesBefore = state.tables();
        Map<String, Long> topicsBefore = SystemState.topics();
        Instant started = Instant.now();

        List<String> failed = new ArrayList<>();
        List<String> notRefused = new ArrayList<>();
        for (BadRequest request : requests) {
            HttpResponse<String> response = send(request);
            String type = response.headers().firstValue("Content-Type").orElse("");
            boolean problem = response.statusCode() >= 400 && type.startsWith("application/problem+json");
            String answer = request.service() + " " + request.method() + " " + abbreviated(request.path()) + " ["
                    + request.what() + "] → " + response.statusCode() + " " + type + " "
                    + abbreviated(response.body());
            if (response.statusCode() >= 500) {
                failed.add(answer);
            } else if (request.mustBeRefused() ? !problem || response.statusCode() >= 500
                    : response.statusCode() >= 400 && !problem) {
                notRefused.add(answer);
            }
        }
        System.out.printf("bad-input suite: %d malformed requests to %d services in %d ms, %d answered ≥ 500,"
                        + " %d not refused with a 4xx problem%n", requests.size(),
                requests.stream().map(BadRequest::service).distinct().count(),
                Duration.between(started, Instant.now()).toMillis(), failed.size(), notRefused.size());

        assertThat(requests).hasSizeGreaterThanOrEqualTo(1_500);
        assertThat(failed).as("requests answered ≥ 500").isEmpty();
        assertThat(notRefused).as("requests not answered with a 4xx problem").isEmpty();
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            assertThat(state.tables()).as("tables").isEqualTo(tablesBefore);
            assertThat(SystemState.topics()).as("topics").isEqualTo(topicsBefore);
        });
    }

    /**
     * Signings naming a chain that is well formed but wrong (contract §4.1.4): unknown, not spanning the industry, or
     * another province's; alone, as a batch's second row, and in a sheet under the Chinese title.
     */
    private static void wrongChains(BadRequests bad) {
        String signings = "/api/events/" + EVENT + "/signings";
        String sheetHeader = "项目编号,项目名称,投资方,统一社会信用代码,投资方所在地,项目落地地,行业代码,总投资（万元）,签约日期,产业链代码\n";
        for (String wrong : List.of("NO-SUCH-CHAIN", BATTERIES, GUIZHOU_ALUMINIUM)) {
            ObjectNode tagged = signing().put("externalRef", "BAD-6").put("chainCode", wrong);
            String sheet = sheetHeader + "BAD-8,年产10万吨铝型材项目,佛山市宏达铝材有限公司," + CreditCode.complete("9144060000000001")
                    + ",440600,450500,3252,80000,2025-07-20," + wrong + "\n";
            bad.raw("intake", "signing of chain " + wrong, "POST", signings, "application/json",
                            tagged.toString().getBytes(StandardCharsets.UTF_8))
                    .raw("intake", "batch row of chain " + wrong, "POST", signings + "/batch", "application/json",
                            BadRequests.array(signing().put("externalRef", "BAD-7")).add(tagged).toString()
                                    .getBytes(StandardCharsets.UTF_8))
                    .raw("intake", "sheet row under 产业链代码 " + wrong, "POST", signings + "/batch", "text/csv",
                            sheet.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static ObjectNode lead(String id) {
        ObjectNode lead = Fixtures.lead(id);
        lead.with("firm").put("creditCode", CreditCode.complete("9144060000000777"));
        return lead;
    }

    /** One of a province's industrial chains (contract §4.1.4), spanning the given GB/T 4754 codes. */
    private static ObjectNode chain(String province, String... industries) {
        ObjectNode chain = BadRequests.JSON.createObjectNode().put("province", province).put("name", "新能源汽车产业链");
        java.util.Arrays.stream(industries).forEach(chain.putArray("industries")::add);
        chain.putArray("leadFirms").add("上汽通用五菱汽车股份有限公司");
        return chain;
    }

    private List<BadRequest> malformedRequests() {
        String withdraw = "/api/signings/" + signingId + "/withdraw";
        String progress = "/api/projects/" + signingId + "/progress";
        String obstacles = "/api/projects/" + signingId + "/obstacles";
        ObjectNode document = BadRequests.JSON.createObjectNode().put("kind", "CONSTRUCTION_PERMIT")
                .put("reference", "北建施〔2025〕0871号").put("issuedOn", "2025-08-01");
        BadRequests bad = new BadRequests()
                .body("intake", "POST", "/api/events", event().put("code", "2025-BAD2"),
                        Set.of("code", "name", "hostRegion", "startDate", "endDate"),
                        Set.of("startDate", "endDate"), Set.of("hostRegion", "code"))
                .body("intake", "POST", "/api/events/" + EVENT + "/signings", signing().put("externalRef", "BAD-2")
                                .put("chainCode", ALUMINIUM), SIGNING_REQUIRED, SIGNING_DATES, SIGNING_CODES)
                .rows("intake", "POST", "/api/events/" + EVENT + "/signings/batch",
                        signing().put("externalRef", "BAD-4").put("chainCode", ALUMINIUM),
                        signing().put("externalRef", "BAD-5"),
                        SIGNING_REQUIRED, SIGNING_DATES, SIGNING_CODES)
                .body("intake", "POST", withdraw, BadRequests.JSON.createObjectNode().put("reason", "撤回"),
                        Set.of("reason"), Set.of(), Set.of())
                .body("intake", "PUT", "/api/signings/" + signingId + "/repeat-of", BadRequests.JSON.createObjectNode()
                                .put("signingId", java.util.UUID.randomUUID().toString()).put("note", "同一项目"),
                        Set.of("signingId"), Set.of(), Set.of("signingId"))
                .body("notifier", "POST", "/api/subscriptions", subscription(),
                        Set.of("alertCodes", "channel", "target"), Set.of(),
                        Set.of("alertCodes[0]", "regionCode", "eventCode", "industryCode", "channel", "language",
                                "digestAt"))
                .body("capacity", "PUT", "/api/regions/450100/capacity", fullProfile(),
                        Set.of("landAvailableHa", "labourAvailable", "energyAvailableGwhPerYear", "greenPowerShare",
                                "infrastructureScore"), Set.of(), Set.of())
                .body("tracking", "POST", progress, BadRequests.JSON.createObjectNode().put("reportId", "BAD-R1")
                                .put("type", "INVESTMENT").put("cumulativeYuan", 1000).put("asOf", "2025-09-01")
                                .put("correction", true).put("reason", "更正上期数据"),
                        Set.of("reportId", "type", "cumulativeYuan", "asOf", "reason"), Set.of("asOf"), Set.of("type"))
                .body("tracking", "POST", progress, withEvidence(BadRequests.JSON.createObjectNode()
                                .put("reportId", "BAD-R4").put("type", "COMMENCED").put("on", "2025-09-01"), document),
                        Set.of("reportId", "type", "on", "evidence[0].kind", "evidence[0].reference",
                                "evidence[0].issuedOn"), Set.of("on", "evidence[0].issuedOn"),
                        Set.of("type", "evidence[0].kind"))
                .body("tracking", "POST", "/api/projects/" + signingId + "/reports/BAD-R1/verification",
                        BadRequests.JSON.createObjectNode().put("verdict", "REJECTED").put("note", "证据不足"),
                        Set.of("verdict", "note"), Set.of(), Set.of("verdict"))
                .body("tracking", "POST", progress, BadRequests.JSON.createObjectNode().put("reportId", "BAD-R2")
                                .put("type", "NO_CHANGE").put("on", "2025-09-01").put("note", "本期无变化"),
                        Set.of("reportId", "type", "on", "note"), Set.of("on"), Set.of("type"))
                .body("tracking", "POST", progress, withEvidence(BadRequests.JSON.createObjectNode()
                                .put("reportId", "BAD-R3").put("type", "OUTCOME").put("period", "2025").put("jobs", 120)
                                .put("outputValueYuan", 30000000).put("taxPaidYuan", 1200000), document),
                        Set.of("reportId", "type", "period", "jobs", "outputValueYuan", "taxPaidYuan"), Set.of(),
                        Set.of("type", "period"))
                .body("tracking", "POST", "/api/rounds", BadRequests.JSON.createObjectNode().put("code", "BAD-ROUND")
                                .put("scope", "450000").put("opensOn", "2030-01-01").put("dueOn", "2030-01-31"),
                        Set.of("code", "scope", "opensOn", "dueOn"), Set.of("opensOn", "dueOn"),
                        Set.of("code", "scope"))
                .body("tracking", "POST", obstacles, obstacle("BAD-OB-2"),
                        Set.of("obstacleId", "category", "description", "department", "openedOn"),
                        Set.of("openedOn"), Set.of("obstacleId", "category"))
                .body("tracking", "POST", obstacles + "/BAD-OB-1/transitions", BadRequests.JSON.createObjectNode()
                                .put("status", "IN_PROGRESS").put("on", "2025-09-02").put("note", "已协调"),
                        Set.of("status", "on"), Set.of("on"), Set.of("status"))
                .body("intake", "POST", "/api/leads", lead("BAD-LEAD-2"),
                        Set.of("leadId", "firm.name", "firm.originRegion", "projectName", "destinationRegion",
                                "industryCode", "expectedInvestmentYuan", "officer", "firstContactOn"),
                        Set.of("firstContactOn"), Set.of("firm.creditCode", "firm.originRegion", "destinationRegion",
                                "industryCode"))
                .body("tracking", "PUT", "/api/projects/" + signingId + "/key-plan", Fixtures.keyPlan("李明"),
                        Set.of("officer", "approvals"), Set.of("approvals[0].dueOn"), Set.of("approvals[0].kind"))
                .body("tracking", "POST", "/api/projects/" + signingId + "/key-plan/approvals/LAND",
                        BadRequests.JSON.createObjectNode().put("status", "SUBMITTED").put("on", "2025-09-02"),
                        Set.of("status", "on"), Set.of("on"), Set.of("status"))
                .body("intake", "PUT", "/api/parks/BAD-PARK", Fixtures.park(), Set.of("name", "region", "level",
                        "plannedLandMu", "availableLandMu"), Set.of(), Set.of("region", "partner", "priorityIndustries[0]"))
                .body("intake", "PUT", "/api/chains/BAD-CHAIN", chain("450000", "3670", "3841"),
                        Set.of("province", "name"), Set.of(),
                        Set.of("province", "industries[0]"))
                .body("intake", "POST", "/api/leads/BAD-LEAD-1/transitions", BadRequests.JSON.createObjectNode()
                                .put("stage", "NEGOTIATING").put("on", "2025-04-01").put("note", "企业来桂考察"),
                        Set.of("stage", "on"), Set.of("on"), Set.of("stage"))
                .body("intake", "POST", "/api/leads/BAD-LEAD-1/contacts", BadRequests.JSON.createObjectNode()
                        .put("on", "2025-04-01").put("note", "二次洽谈"), Set.of("on"), Set.of("on"), Set.of())
                .body("intake", "POST", "/api/leads/BAD-LEAD-1/conversion", BadRequests.JSON.createObjectNode()
                        .put("signingId", signingId), Set.of("signingId"), Set.of(), Set.of("signingId"));
        for (String evidence : List.of("\"permit\"", "[\"permit\"]", "[{\"kind\": \"RUMOUR\", \"reference\": \"x\","
                + " \"issuedOn\": \"2025-08-01\"}]", "[{\"kind\": \"PHOTO\", \"issuedOn\": \"2025-08-01\"}]",
                "[{\"kind\": \"PHOTO\", \"reference\": \"x\", \"issuedOn\": \"2999-01-01\"}]",
                "[{\"kind\": \"PHOTO\", \"reference\": \"" + "x".repeat(201) + "\", \"issuedOn\": \"2025-08-01\"}]",
                "[" + String.join(", ", java.util.Collections.nCopies(21, "{\"kind\": \"PHOTO\", \"reference\":"
                        + " \"x\", \"issuedOn\": \"2025-08-01\"}")) + "]")) {
            bad.raw("tracking", "evidence " + (evidence.length() > 60 ? evidence.substring(0, 60) + "…" : evidence),
                    "POST", progress, "application/json", ("{\"reportId\": \"BAD-R2\", \"type\": \"COMMENCED\","
                            + " \"on\": \"2025-09-01\", \"evidence\": " + evidence + "}").getBytes(StandardCharsets.UTF_8));
        }
        for (String period : List.of("2025-Q5", "2025-H1", "25", "2025Q3", "2999", "2025-Q3 ")) {
            bad.raw("tracking", "outcome period " + period, "POST", progress, "application/json",
                    ("{\"reportId\": \"BAD-R3\", \"type\": \"OUTCOME\", \"period\": \"" + period + "\", \"jobs\": 1,"
                            + " \"outputValueYuan\": 1, \"taxPaidYuan\": 1}").getBytes(StandardCharsets.UTF_8));
        }
        wrongChains(bad);
        ObjectNode oneRow = signing().put("externalRef", "BAD-3");
        bad.raw("intake", "batch: not an array", "POST", "/api/events/" + EVENT + "/signings/batch",
                        "application/json", oneRow.toString().getBytes(StandardCharsets.UTF_8))
                .raw("intake", "batch: a row with a negative amount", "POST", "/api/events/" + EVENT
                        + "/signings/batch", "application/json", BadRequests.array(oneRow.deepCopy()
                        .put("investmentYuan", -1)).toString().getBytes(StandardCharsets.UTF_8))
                .raw("intake", "batch: empty", "POST", "/api/events/" + EVENT + "/signings/batch", "application/json",
                        "[]".getBytes(StandardCharsets.UTF_8))
                .raw("intake", "csv: unknown column", "POST", "/api/events/" + EVENT + "/signings/batch", "text/csv",
                        "externalRef,colour\nA,red\n".getBytes(StandardCharsets.UTF_8))
                .raw("intake", "csv: invalid UTF-8", "POST", "/api/events/" + EVENT + "/signings/batch", "text/csv",
                        new byte[] {'a', ',', (byte) 0xC3, (byte) 0x28, '\n'})
                .raw("intake", "csv: broken quoting", "POST", "/api/events/" + EVENT + "/signings/batch", "text/csv",
                        "externalRef\n\"unterminated\n".getBytes(StandardCharsets.UTF_8))
                .raw("intake", "oversize body", "POST", "/api/events/" + EVENT + "/signings/batch", "application/json",
                        oversize())
                .raw("tracking", "progress of an unknown project", "POST", "/api/projects/" + java.util.UUID.randomUUID()
                        + "/progress", "application/json", "{\"reportId\":\"X\",\"type\":\"COMMENCED\",\"on\":\"2025-09-01\"}"
                        .getBytes(StandardCharsets.UTF_8))
                .raw("intake", "release of a signing that repeats nothing", "DELETE", "/api/signings/" + signingId
                        + "/repeat-of", null, null)
                .raw("intake", "release with a note of 501 characters", "DELETE", "/api/signings/" + signingId
                        + "/repeat-of?note=" + "x".repeat(501), null, null)
                .raw("matching", "rematch of an unknown signing", "POST", "/api/matches/" + java.util.UUID.randomUUID()
                        + "/rematch", null, null);
        for (String injection : BadRequests.INJECTIONS) {
            String encoded = java.net.URLEncoder.encode(injection, StandardCharsets.UTF_8);
            bad.get("intake", "event code " + injection, "/api/events/" + encoded)
                    .get("intake", "signing id " + injection, "/api/signings/" + encoded)
                    .get("intake", "lead " + injection, "/api/leads/" + encoded)
                    .get("intake", "lead stage " + injection, "/api/leads?stage=" + encoded)
                    .get("intake", "pipeline scope " + injection, "/api/pipeline/figures?scope=" + encoded)
                    .get("intake", "chain " + injection, "/api/chains/" + encoded)
                    .get("intake", "park " + injection, "/api/parks/" + encoded)
                    .get("tracking", "key projects of region " + injection, "/api/key-projects?region=" + encoded)
                    .get("intake", "park region " + injection, "/api/parks?region=" + encoded)
                    .get("intake", "chain province " + injection, "/api/chains?province=" + encoded)
                    .get("intake", "chain suggestion " + injection, "/api/chains/suggestions?region=" + encoded
                            + "&industryCode=" + encoded)
                    .get("capacity", "zone " + injection, "/api/regions?zone=" + encoded)
                    .get("capacity", "region " + injection, "/api/regions/" + encoded)
                    .get("capacity", "park " + injection, "/api/parks/" + encoded + "/capacity")
                    .get("capacity", "park reservations " + injection, "/api/parks/" + encoded + "/reservations")
                    .get("tracking", "park figures " + injection, "/api/stats?park=" + encoded)
                    .get("tracking", "chain figures " + injection, "/api/stats?chain=" + encoded)
                    .get("matching", "verdict " + injection, "/api/matches?verdict=" + encoded)
                    .get("matching", "region " + injection, "/api/matches?region=" + encoded)
                    .get("tracking", "status " + injection, "/api/projects?status=" + encoded)
                    .get("tracking", "region " + injection, "/api/stats?region=" + encoded)
                    .get("tracking", "round " + injection, "/api/rounds/" + encoded)
                    .get("tracking", "obstacle " + injection, "/api/projects/" + signingId + "/obstacles/" + encoded);
            for (String service : SystemState.withNotifier()) {
                bad.raw(service, "dead-letter topic " + injection, "POST", "/api/admin/dead-letters/" + encoded
                        + "/replay", null, null);
            }
        }
        for (String[] list : new String[][] {{"intake", "/api/events"},
                {"intake", "/api/events/" + EVENT + "/signings"}, {"intake", "/api/audit"}, {"intake", "/api/leads"}, {"intake", "/api/chains"}, {"intake", "/api/parks"}, {"tracking", "/api/key-projects"},
                {"capacity", "/api/regions"}, {"capacity", "/api/regions?zone=WEST"},
                {"capacity", "/api/regions/450500/reservations"}, {"capacity", "/api/audit"},
                {"matching", "/api/matches"}, {"matching", "/api/matches?region=450000"}, {"matching", "/api/audit"},
                {"tracking", "/api/projects"}, {"tracking", "/api/projects?overdue=true"}, {"tracking", "/api/rounds"},
                {"tracking", "/api/rounds/" + ROUND + "/missed"}, {"tracking", "/api/verifications"},
                {"tracking", "/api/projects/" + signingId + "/obstacles"}, {"tracking", "/api/audit"}}) {
            bad.paging(list[0], list[1]);
        }
        byte[] notAWorkbook = "项目名称,总投资\n不是表格,1".getBytes(StandardCharsets.UTF_8);
        byte[] zipOfNothing = {'P', 'K', 5, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
        for (byte[] garbage : List.of(notAWorkbook, zipOfNothing)) {
            String what = garbage == notAWorkbook ? "text sent as a workbook" : "an empty zip sent as a workbook";
            bad.raw("intake", "signing sheet: " + what, "POST", "/api/events/" + EVENT + "/signings/batch", XLSX,
                            garbage)
                    .raw("tracking", "round sheet: " + what, "POST", "/api/rounds/" + ROUND + "/sheet?region=450500",
                            XLSX, garbage);
        }
        bad.get("tracking", "round sheet of an unknown region", "/api/rounds/" + ROUND + "/sheet?region=999999")
                .get("tracking", "a park's figures with a region", "/api/stats?park=GX-TSG&region=450500")
                .get("tracking", "a park's and a chain's figures at once", "/api/stats?park=GX-TSG&chain=GX-NEV");
        bad.raw("tracking", "round due before it opens", "POST", "/api/rounds", "application/json",
                        "{\"code\":\"BAD-R\",\"scope\":\"all\",\"opensOn\":\"2030-02-01\",\"dueOn\":\"2030-01-01\"}"
                                .getBytes(StandardCharsets.UTF_8))
                .raw("tracking", "round over an unknown region", "POST", "/api/rounds", "application/json",
                        "{\"code\":\"BAD-R\",\"scope\":\"999999\",\"opensOn\":\"2030-01-01\",\"dueOn\":\"2030-01-31\"}"
                                .getBytes(StandardCharsets.UTF_8));
        bad.raw("tracking", "obstacle opened before its signing", "POST", obstacles, "application/json",
                        obstacle("BAD-OB-3").put("openedOn", "2025-07-19").toString().getBytes(StandardCharsets.UTF_8))
                .raw("tracking", "obstacle of an unknown project", "POST", "/api/projects/" + java.util.UUID.randomUUID()
                        + "/obstacles", "application/json", obstacle("BAD-OB-4").toString()
                        .getBytes(StandardCharsets.UTF_8))
                .raw("tracking", "obstacle resolved while OPEN", "POST", obstacles + "/BAD-OB-1/transitions",
                        "application/json", "{\"status\":\"RESOLVED\",\"on\":\"2025-09-02\",\"note\":\"已解决\"}"
                                .getBytes(StandardCharsets.UTF_8))
                .raw("tracking", "obstacle withdrawn without a reason", "POST", obstacles + "/BAD-OB-1/transitions",
                        "application/json", "{\"status\":\"WITHDRAWN\",\"on\":\"2025-09-02\"}"
                                .getBytes(StandardCharsets.UTF_8))
                .raw("tracking", "move of an unknown obstacle", "POST", obstacles + "/BAD-OB-9/transitions",
                        "application/json", "{\"status\":\"IN_PROGRESS\",\"on\":\"2025-09-02\"}"
                                .getBytes(StandardCharsets.UTF_8));
        bad.get("tracking", "an event with a region and an industry, a scope not kept",
                        "/api/stats?event=" + EVENT + "&region=450000&industry=13")
                .get("tracking", "a window from month 13", "/api/stats/window?from=2025-13")
                .get("tracking", "a window ending before it begins", "/api/stats/window?from=2025-07&to=2025-01")
                .get("tracking", "a window of an event's breakdown", "/api/stats/window?event=" + EVENT
                        + "&region=450500")
                .get("tracking", "a zone without its factor class", "/api/stats?zone=WEST")
                .get("tracking", "backlog of a region of 3 digits", "/api/verifications?region=450")
                .get("tracking", "industry of 3 digits", "/api/stats?industry=381")
                .get("tracking", "overdue maybe", "/api/projects?overdue=maybe");
        return bad.all();
    }

    /** A daily digest of two alert codes for Beihai's event and industry, to a DingTalk robot. */
    private static ObjectNode subscription() {
        ObjectNode subscription = BadRequests.JSON.createObjectNode();
        subscription.putArray("alertCodes").add("OVERDUE_COMMENCEMENT").add("INVESTMENT_STALLED");
        return subscription.put("regionCode", "450500").put("eventCode", EVENT).put("industryCode", "3825")
                .put("channel", "DINGTALK").put("target", "https://oapi.dingtalk.com/robot/send?access_token=bad-input")
                .put("secret", "SECbadinput").put("language", "zh").put("digestAt", "18:00");
    }

    private static String abbreviated(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "… (" + text.length() + " characters)" : text;
    }

    private HttpResponse<String> send(BadRequest request) throws Exception {
        HttpRequest.Builder http = HttpRequest.newBuilder(URI.create(services.url(request.service()) + request.path()))
                .timeout(Duration.ofSeconds(30))
                .method(request.method(), request.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(request.body()))
                .header("Authorization", "Bearer " + Tokens.admin());
        if (request.contentType() != null) {
            http.header("Content-Type", request.contentType());
        }
        return HTTP.send(http.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static byte[] oversize() {
        byte[] body = new byte[33 * 1024 * 1024];
        java.util.Arrays.fill(body, (byte) ' ');
        body[0] = '[';
        body[body.length - 1] = ']';
        return body;
    }

    private static ObjectNode event() {
        return Fixtures.event(EVENT);
    }

    private static ObjectNode signing() {
        return Fixtures.signing("BAD-1", CreditCode.complete("9144060000000001"));
    }

    private static ObjectNode obstacle(String id) {
        return BadRequests.JSON.createObjectNode().put("obstacleId", id).put("category", "LAND")
                .put("description", "项目用地征收补偿未完成").put("department", "北海市自然资源局").put("openedOn", "2025-09-01");
    }

    private static ObjectNode profile() {
        return Fixtures.profile();
    }

    private static ObjectNode fullProfile() {
        ObjectNode profile = profile();
        profile.putArray("prioritisedIndustries").add("3252");
        profile.putArray("restrictedIndustries").add("25");
        return profile;
    }

    private static ObjectNode withEvidence(ObjectNode report, ObjectNode evidence) {
        report.putArray("evidence").add(evidence.deepCopy());
        return report;
    }
}
