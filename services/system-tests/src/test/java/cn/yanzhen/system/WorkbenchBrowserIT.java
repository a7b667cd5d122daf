package cn.yanzhen.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.yanzhen.intake.domain.CreditCode;
import cn.yanzhen.platform.testing.Tokens;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The workbench in Debian's headless Chromium, against the real services, broker, database and Keycloak: each
 * role's journey as its people make it, by the keyboard, signed in at the realm. What the page shows is what the
 * services answered to that person's own token.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkbenchBrowserIT {

    private static final String EVENT = "2025-WB";
    private static final String SECOND_EVENT = "2025-WB2";
    /** An event of more projects than one page of the office's list shows. */
    private static final String PAGED_EVENT = "2025-WB3";
    private static final int PAGED = 45;
    /** Beihai: the region whose capacity profile the admin edits in two windows. */
    private static final String PROFILE = "450500";
    private static final Path TARGET = Path.of("target");
    private static final String HEADER = "项目编号,项目名称,投资方,统一社会信用代码,投资方所在地,项目落地地,行业代码,总投资（万元）,签约日期\n";

    private KafkaProcess kafka;
    private KeycloakProcess keycloak;
    private RunningServices services;
    private ChromeDriver browser;
    private WorkbenchPage page;
    private Path sheets;
    /** The project whose commencement the office reports and the verifier verifies. */
    private String reported;

    @BeforeAll
    void start() throws Exception {
        keycloak = KeycloakProcess.shared(); // starts meanwhile
        kafka = KafkaProcess.start();
        Map<String, String> trustRealm = Map.of("yanzhen.oidc.issuer", keycloak.issuer());
        services = RunningServices.start(kafka.bootstrap(), trustRealm, "intake", "capacity", "matching", "tracking");
        services.add("workbench", kafka.bootstrap(), Map.of(
                "yanzhen.workbench.services.intake", services.url("intake"),
                "yanzhen.workbench.services.capacity", services.url("capacity"),
                "yanzhen.workbench.services.matching", services.url("matching"),
                "yanzhen.workbench.services.tracking", services.url("tracking"),
                "yanzhen.workbench.dashboard-url", "http://dashboard.example"));
        keycloak.awaitReady().admitWorkbench(services.url("workbench"));
        sheets = Files.createTempDirectory("yanzhen-sheets-");
        browser = Chromium.start(sheets);
        page = new WorkbenchPage(browser, services.url("workbench"));
    }

    @AfterAll
    void stop() throws InterruptedException, IOException {
        if (browser != null) {
            browser.quit();
        }
        if (services != null) {
            services.close();
        }
        if (kafka != null) {
            kafka.close();
        }
    }

    @Test
    @Order(1)
    void withoutASessionEveryPathSendsToTheRealmsSignInWithPkce() {
        for (String path : List.of("/", "/api/me", "/api/intake/events")) {
            String location = RestAssured.given().baseUri(services.url("workbench")).redirects().follow(false)
                    .get(path).then().statusCode(302).extract().header("Location");
            assertThat(location).as(path).startsWith(keycloak.issuer() + "/protocol/openid-connect/auth")
                    .contains("client_id=yanzhen-workbench").contains("code_challenge_method=S256");
        }
        // the page's own calls get 499, which it answers by reloading, instead of a redirect it cannot follow
        RestAssured.given().baseUri(services.url("workbench")).header("X-Requested-With", "JavaScript")
                .get("/api/me").then().statusCode(499);
    }

    @Test
    @Order(2)
    void anOrganiserSignsInAtTheRealmAndIsOfferedTheirWork() throws IOException {
        page.open();
        assertThat(page.onProviderLogin(keycloak.issuer())).isTrue();
        page.signInAtProvider("gx.organiser", "Organiser-2025");

        assertThat(page.text("person")).contains("活动组织方");
        assertThat(page.text("home-roles")).contains("GX-COMMERCE");
        assertThat(page.views()).containsExactly("home", "events", "inbox");
        assertThat(page.value("#tiles a", "href")).isEqualTo("http://dashboard.example/");
        // the session cookie holds a random id, unreadable by scripts; no token is anywhere in the browser
        assertThat(page.cookiesScriptsSee()).doesNotContain("eyJ");
        assertThat(browser.getCurrentUrl()).doesNotContain("code=").doesNotContain("eyJ");
        assertThat(page.unnamedControls()).isEmpty();

        page.press("language", Keys.ENTER);
        assertThat(page.text("person")).contains("Event organiser");
        page.press("language", Keys.ENTER);
        assertThat(page.text("person")).contains("活动组织方");
        page.screenshot(TARGET.resolve("screenshots/workbench-organiser-home.png"));
    }

    @Test
    @Order(3)
    void anOrganiserUploadsASheetWithABadRowSeesItNamedFixesItAndTheSigningsAppear() throws IOException {
        Tokens.asOrganiser().baseUri(services.url("intake")).contentType(ContentType.JSON)
                .body(Fixtures.event(EVENT).put("name", "工作台测试对接活动").toString()).post("/api/events")
                .then().statusCode(201);

        page.press("nav-events", Keys.ENTER);
        page.activate("#events tr[data-code='" + EVENT + "'] button");
        page.awaitText("signings-page", "共 0 条");

        Path sheet = sheets.resolve("签约表.csv");
        Files.writeString(sheet, HEADER + row(1, CreditCode.complete("9145010000000001"))
                + row(2, "91450100000000001X") + row(3, CreditCode.complete("9145010000000003")), StandardCharsets.UTF_8);
        page.chooseFile("sheet-file", sheet);
        page.press("sheet-upload", Keys.ENTER);
        page.awaitText("sheet-status", "整表未入库");
        assertThat(page.table("sheet-errors")).singleElement().satisfies(error -> {
            assertThat(error.get(0)).isEqualTo("3");
            assertThat(error.get(1)).isEqualTo("统一社会信用代码");
        });
        assertThat(page.value("#sheet-progress", "value")).isEqualTo(100L);
        assertThat(page.text("signings-page")).contains("共 0 条");

        Files.writeString(sheet, HEADER + row(1, CreditCode.complete("9145010000000001"))
                + row(2, CreditCode.complete("9145010000000002")) + row(3, CreditCode.complete("9145010000000003")),
                StandardCharsets.UTF_8);
        page.chooseFile("sheet-file", sheet);
        page.press("sheet-upload", Keys.ENTER);
        page.awaitText("sheet-status", "已入库 3 条");
        page.awaitText("signings-page", "共 3 条");
        assertThat(page.displayed("#sheet-errors")).isFalse();
        assertThat(page.table("signings")).extracting(cells -> cells.get(0))
                .containsExactlyInAnyOrder("WB-1", "WB-2", "WB-3");
        long stored = Tokens.asMonitor().baseUri(services.url("intake")).get("/api/events/" + EVENT + "/signings")
                .then().statusCode(200).extract().jsonPath().getLong("total");
        assertThat(stored).isEqualTo(3);
        assertThat(page.unnamedControls()).isEmpty();
        page.screenshot(TARGET.resolve("screenshots/workbench-organiser-events.png"));
    }

    @Test
    @Order(4)
    void anOfficeReportsACommencementWithEvidenceSeeingTheApisValidationOnTheFields() throws IOException {
        page.signInAnew("nanning.office", "Nanning-450100");
        assertThat(page.views()).containsExactly("home", "projects", "rounds", "inbox", "capacity");
        page.press("nav-projects", Keys.ENTER);
        assertThat(page.value("#filter-region", "value")).isEqualTo("450100");
        // tracking registers the organiser's signings from the topic: the office searches until they are there
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            page.press("filter-apply", Keys.ENTER);
            return page.text("projects-page").contains("共 3 条");
        });
        reported = page.script("return document.querySelector('#projects tbody tr:first-child').dataset.id;");
        page.activate("#projects tbody tr:first-child button");
        page.awaitText("project-facts", "已签约");

        page.type("report-reference", "桂建施〔2025〕18号");
        page.type("report-issuedOn", "2099-01-01");
        page.press("report-submit", Keys.ENTER);
        page.awaitText("report-status", "报告未被接受");
        assertThat(page.text("report-issuedOn-error")).isNotBlank();
        assertThat(page.value("#report-issuedOn", "ariaInvalid")).isEqualTo("true");
        assertThat(page.text("report-on-error")).isNotBlank();

        page.type("report-on", "2025-09-01");
        page.clear("report-issuedOn");
        page.type("report-issuedOn", "2025-08-20");
        page.press("report-submit", Keys.ENTER);
        page.awaitText("project-facts", "已开工");
        assertThat(page.table("project-reports")).singleElement()
                .satisfies(report -> assertThat(report.get(3)).isEqualTo("待核查"));
        assertThat(page.unnamedControls()).isEmpty();
        page.screenshot(TARGET.resolve("screenshots/workbench-office-projects.png"));
    }

    @Test
    @Order(5)
    void anOfficeOfAnotherRegionIsToldPlainlyThatTheServiceRefusedItsReport() {
        page.signInAnew("beihai.office", "Beihai-450500");
        page.press("nav-projects", Keys.ENTER);
        page.clear("filter-region");
        page.type("filter-region", "450100");
        page.press("filter-apply", Keys.ENTER);
        page.awaitText("projects-page", "共 3 条");
        page.activate("#projects tbody tr:last-child button");
        page.awaitText("project-facts", "已签约");
        page.type("report-on", "2025-09-01");
        page.type("report-reference", "北海冒名文件");
        page.type("report-issuedOn", "2025-08-20");
        page.press("report-submit", Keys.ENTER);
        page.awaitText("report-status", "服务答复 403");
    }

    @Test
    @Order(6)
    void aVerifierFindsTheCommencementInTheQueueChecksItsEvidenceAndVerifiesIt() throws IOException {
        page.signInAnew("guangxi.verifier", "Verifier-450000");
        assertThat(page.views()).containsExactly("home", "projects", "verify", "inbox");
        page.press("nav-verify", Keys.ENTER);
        assertThat(page.value("#verify-region", "value")).isEqualTo("450000");
        page.awaitText("verifications-page", "共 1 条");
        assertThat(page.table("verifications")).singleElement().satisfies(report -> {
            assertThat(report.get(1)).isEqualTo(reported.substring(0, 8));
            assertThat(report.get(2)).isEqualTo("开工");
            assertThat(report.get(3)).isEqualTo("2025-09-01");
            assertThat(report.get(5)).isEqualTo("nanning.office");
        });
        page.activate("#verifications tbody tr:first-child button");
        page.awaitText("check-title", reported);
        assertThat(page.table("check-evidence")).containsExactly(List.of("施工许可证", "桂建施〔2025〕18号", "2025-08-20"));

        // a rejection needs its note: tracking's 400 is shown on the note's field, and nothing is decided
        page.press("verdict-reject", Keys.ENTER);
        page.awaitText("verdict-status", "结论未被接受");
        assertThat(page.text("verdict-note-error")).isNotBlank();
        assertThat(page.value("#verdict-note", "ariaInvalid")).isEqualTo("true");
        assertThat(page.unnamedControls()).isEmpty();
        page.screenshot(TARGET.resolve("screenshots/workbench-verifier-queue.png"));

        page.press("verdict-verify", Keys.ENTER);
        page.awaitText("verdict-status", "已核实");
        page.awaitText("verifications-page", "共 0 条");

        // the project's page shows the commencement verified
        page.press("nav-projects", Keys.ENTER);
        page.awaitText("projects-page", "共 3 条");
        page.activate("#projects tr[data-id='" + reported + "'] button");
        page.awaitText("project-facts", "2025-09-01");
        assertThat(page.table("project-reports")).singleElement()
                .satisfies(report -> assertThat(report.get(3)).isEqualTo("已核实"));
        String verified = Tokens.asMonitor().baseUri(services.url("tracking")).get("/api/projects/" + reported)
                .then().statusCode(200).extract().jsonPath().getString("verified.commencedOn");
        assertThat(verified).isEqualTo("2025-09-01");
    }

    @Test
    @Order(7)
    void anAdminSavingAProfileOverANewerOneFromAnotherWindowIsToldWhyAndShownTheNewerValues() throws IOException {
        Tokens.asAdmin().baseUri(services.url("capacity")).contentType(ContentType.JSON)
                .body(Fixtures.profile().toString()).put("/api/regions/" + PROFILE + "/capacity")
                .then().statusCode(201);
        page.signInAnew("admin", "Admin-2025");
        assertThat(page.views()).containsExactly("home", "projects", "rounds", "events", "verify", "inbox", "capacity");
        String first = browser.getWindowHandle();
        openProfile();

        browser.switchTo().newWindow(WindowType.WINDOW);
        String second = browser.getWindowHandle();
        page.open();
        page.awaitReady();
        openProfile();
        page.clear("profile-landAvailableHa");
        page.type("profile-landAvailableHa", "600");
        page.press("profile-save", Keys.ENTER);
        page.awaitText("profile-status", "已保存，现为第 2 版");

        browser.switchTo().window(first);
        page.clear("profile-landAvailableHa");
        page.type("profile-landAvailableHa", "700");
        page.press("profile-save", Keys.ENTER);
        page.awaitText("profile-status", "未保存（服务答复 412）");
        page.awaitText("capacity-conflict-text", "第 2 版");
        assertThat(page.text("capacity-conflict-text")).contains("另一个窗口");
        assertThat(page.table("capacity-newer")).contains(List.of("可用土地（公顷）", "600", "700"));
        assertThat(landOfProfile()).isEqualTo(600.0);
        assertThat(page.unnamedControls()).isEmpty();
        page.screenshot(TARGET.resolve("screenshots/workbench-admin-capacity.png"));

        // the person's values stayed in the form: saving again, knowingly, makes them the profile
        page.press("profile-save", Keys.ENTER);
        page.awaitText("profile-status", "已保存，现为第 3 版");
        assertThat(landOfProfile()).isEqualTo(700.0);
        browser.switchTo().window(second).close();
        browser.switchTo().window(first);
    }

    @Test
    @Order(8)
    void anOrganiserCreatesAnEventConfirmsASuspectedRepeatAndWithdrawsASigningWithAReason() throws IOException {
        page.signInAnew("gx.organiser", "Organiser-2025");
        page.press("nav-events", Keys.ENTER);
        page.type("event-code", SECOND_EVENT);
        page.type("event-name", "工作台第二场对接活动");
        page.type("event-hostRegion", "999999");
        page.type("event-city", "南宁");
        page.type("event-startDate", "2025-07-20");
        page.type("event-endDate", "2025-07-21");
        page.press("event-create", Keys.ENTER);
        page.awaitText("event-status", "活动未建立");
        assertThat(page.value("#event-hostRegion", "ariaInvalid")).isEqualTo("true");
        assertThat(page.text("event-hostRegion-error")).isNotBlank();
        page.clear("event-hostRegion");
        page.type("event-hostRegion", "450000");
        page.press("event-create", Keys.ENTER);
        page.awaitText("event-status", "已建立");
        page.awaitText("event-title", SECOND_EVENT);
        assertThat(page.table("events")).anySatisfy(event -> assertThat(event.get(1)).contains("（我的）"));

        // the same project signed twice in one sheet: intake links the second to the first as a suspected repeat
        String investor = CreditCode.complete("9145010000000009");
        Path sheet = sheets.resolve("第二场.csv");
        Files.writeString(sheet, HEADER + row(4, investor) + row(5, investor).replace(",5000,", ",4000,"),
                StandardCharsets.UTF_8);
        page.chooseFile("sheet-file", sheet);
        page.press("sheet-upload", Keys.ENTER);
        page.awaitText("sheet-status", "已入库 2 条");
        page.awaitText("signings-page", "共 2 条");
        assertThat(page.text("signings")).contains("疑似重复：WB-4");

        page.activate("#signings tr[data-ref='WB-5'] button.confirm");
        page.type("action-note", "同一项目在两场活动中签约");
        page.press("action-submit", Keys.ENTER);
        page.awaitText("action-status", "已确认为重复签约");
        page.awaitText("signings", "已确认重复：WB-4");

        // a withdrawal needs its reason: intake's 400 on the field, then the reason given
        page.activate("#signings tr[data-ref='WB-4'] button.withdraw");
        page.press("action-submit", Keys.ENTER);
        page.awaitText("action-status", "未办理");
        assertThat(page.text("action-note-error")).isNotBlank();
        assertThat(page.unnamedControls()).isEmpty();
        page.type("action-note", "投资方调整投资计划");
        page.press("action-submit", Keys.ENTER);
        page.awaitText("action-status", "WB-4 已撤回");
        assertThat(page.table("signings")).anySatisfy(signing -> {
            assertThat(signing.get(0)).isEqualTo("WB-4");
            assertThat(signing.get(6)).isEqualTo("已撤回");
        });
        String withdrawn = Tokens.asMonitor().baseUri(services.url("intake"))
                .get("/api/events/" + SECOND_EVENT + "/signings").then().statusCode(200).extract().jsonPath()
                .getString("items.find { it.externalRef == 'WB-4' }.withdrawal.reason");
        assertThat(withdrawn).isEqualTo("投资方调整投资计划");
    }

    @Test
    @Order(9)
    void anOrganisersInboxListsTheAlertsOfTheirEventsProjectsAndLeadsToTheDashboard() {
        Tokens.asRegionalOffice("450100").baseUri(services.url("tracking")).contentType(ContentType.JSON)
                .body("{\"reportId\": \"WB-INV\", \"type\": \"INVESTMENT\", \"cumulativeYuan\": 50000000,"
                        + " \"asOf\": \"2025-10-31\"}")
                .post("/api/projects/" + reported + "/progress").then().statusCode(201);
        page.press("nav-inbox", Keys.ENTER);
        page.choose("inbox-event", EVENT);
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            page.press("inbox-apply", Keys.ENTER);
            return page.table("inbox").stream().anyMatch(alert -> alert.get(1).equals("投资超出签约额"));
        });
        assertThat(page.table("inbox")).allSatisfy(alert -> {
            assertThat(alert.get(2)).startsWith("工作台测试项目");
            assertThat(alert.get(3)).isEqualTo(EVENT);
        });
        assertThat(page.value("#inbox-dashboard", "href")).isEqualTo("http://dashboard.example/");
        assertThat(page.unnamedControls()).isEmpty();
    }

    @Test
    @Order(10)
    void anOfficeSeesAProjectsWholePageReportsEachKindAndKeepsItsObstacleLedger() throws IOException {
        page.signInAnew("nanning.office", "Nanning-450100");
        String project = otherProject();
        page.press("nav-projects", Keys.ENTER);
        page.awaitText("projects", project.substring(0, 8));
        page.activate("#projects tr[data-id='" + project + "'] button");
        page.awaitText("project-facts", "已签约");
        // matching's verdict on the signing, with its reasons in words
        page.awaitText("project-match", "匹配结论");
        assertThat(page.table("project-reasons")).isNotEmpty()
                .allSatisfy(reason -> assertThat(reason.get(0)).isNotBlank().doesNotStartWith("reason."));

        page.choose("report-type", "NO_CHANGE");
        page.type("report-on", "2025-10-31");
        page.press("report-submit", Keys.ENTER);
        page.awaitText("report-status", "报告未被接受");
        assertThat(page.value("#report-note", "ariaInvalid")).isEqualTo("true");
        assertThat(page.text("report-note-error")).isNotBlank();
        page.type("report-note", "本月项目前期手续办理中，无新进展");
        page.press("report-submit", Keys.ENTER);
        page.awaitText("report-status", "报告已提交");
        // the status says the report was taken; the page then reads the project again to list it
        page.awaitText("project-reports", "无变化");
        assertThat(page.table("project-reports")).singleElement().satisfies(report -> {
            assertThat(report.get(0)).isEqualTo("无变化");
            assertThat(report.get(3)).isEqualTo("无需核查");
        });

        page.choose("report-type", "INVESTMENT");
        page.type("report-cumulativeYuan", "三百万");
        page.press("report-submit", Keys.ENTER);
        page.awaitText("report-status", "报告未被接受");
        assertThat(page.value("#report-cumulativeYuan", "ariaInvalid")).isEqualTo("true");
        page.clear("report-cumulativeYuan");
        page.type("report-cumulativeYuan", "3000000");
        page.type("report-asOf", "2025-10-31");
        page.type("report-reference", "付款凭证2025-118");
        page.type("report-issuedOn", "2025-10-30");
        page.press("report-submit", Keys.ENTER);
        page.awaitText("report-status", "待核查");
        page.awaitText("project-investments", "3000000");
        assertThat(page.table("project-investments")).containsExactly(List.of("2025-10-31", "3000000", "否", ""));

        page.type("obstacle-obstacleId", "WB-POWER-1");
        page.choose("obstacle-category", "POWER");
        page.type("obstacle-description", "园区110千伏变电站未投运");
        page.type("obstacle-department", "南宁市发展和改革委员会");
        page.type("obstacle-openedOn", "2099-01-01");
        page.press("obstacle-submit", Keys.ENTER);
        page.awaitText("obstacle-status", "未办理");
        assertThat(page.value("#obstacle-openedOn", "ariaInvalid")).isEqualTo("true");
        page.clear("obstacle-openedOn");
        page.type("obstacle-openedOn", "2025-09-01");
        page.press("obstacle-submit", Keys.ENTER);
        page.awaitText("obstacle-status", "WB-POWER-1 已登记");
        page.awaitText("project-obstacles", "待协调");

        page.activate("#project-obstacles tr[data-id='WB-POWER-1'] button");
        page.type("move-on", "2025-09-05");
        page.type("move-note", "已协调供电公司");
        page.press("move-submit", Keys.ENTER);
        page.awaitText("move-status-line", "现为协调中");
        page.activate("#project-obstacles tr[data-id='WB-POWER-1'] button");
        assertThat(page.value("#move-status", "value")).isEqualTo("RESOLVED");
        page.type("move-on", "2025-09-22");
        page.press("move-submit", Keys.ENTER);
        page.awaitText("move-status-line", "未办理");
        assertThat(page.value("#move-note", "ariaInvalid")).isEqualTo("true");
        page.type("move-note", "供电公司架设临时专线");
        page.press("move-submit", Keys.ENTER);
        page.awaitText("move-status-line", "现为已解决");
        assertThat(page.table("project-obstacles")).singleElement().satisfies(obstacle -> {
            assertThat(obstacle.get(4)).isEqualTo("已解决");
            assertThat(obstacle.get(5)).contains("2025-09-22 已解决：供电公司架设临时专线");
        });
        assertThat(Tokens.asMonitor().baseUri(services.url("tracking"))
                .get("/api/projects/" + project + "/obstacles/WB-POWER-1").then().statusCode(200).extract()
                .jsonPath().getString("resolution")).isEqualTo("供电公司架设临时专线");
        assertThat(page.unnamedControls()).isEmpty();
        page.screenshot(TARGET.resolve("screenshots/workbench-office-project.png"));

        // the first render, measured by the page's own mark against navigation's start
        browser.navigate().refresh();
        page.awaitReady();
        double firstRender = page.script("return performance.getEntriesByName('workbench-ready')[0].startTime;");
        System.out.printf("workbench first render: %.0f ms%n", firstRender);
        assertThat(firstRender).isLessThanOrEqualTo(1000.0);
    }

    @Test
    @Order(11)
    void anOfficeAnswersAnOpenRoundWithItsSheetSeeingABadRowNamed() throws IOException {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        Tokens.asAdmin().baseUri(services.url("tracking")).contentType(ContentType.JSON)
                .body("{\"code\": \"WB-R1\", \"scope\": \"450100\", \"opensOn\": \"" + today.minusDays(5)
                        + "\", \"dueOn\": \"" + today.plusDays(20) + "\"}")
                .post("/api/rounds").then().statusCode(201);
        String project = Tokens.asMonitor().baseUri(services.url("tracking"))
                .get("/api/projects?event=" + EVENT + "&status=SIGNED").then().statusCode(200).extract().jsonPath()
                .getList("items.signingId", String.class).stream().filter(id -> !id.equals(otherProject()))
                .findFirst().orElseThrow();
        page.press("nav-rounds", Keys.ENTER);
        page.awaitText("rounds", "WB-R1（本地区待报）");
        page.activate("#rounds tr[data-code='WB-R1'] button.answer");
        page.awaitText("round-title", "WB-R1");
        String reportedBefore = page.table("round-regions").get(0).get(2);

        Path sheet = sheets.resolve("进度填报.xlsx");
        Files.write(sheet, roundSheet(project, "2099-01-01"));
        page.chooseFile("round-sheet-file", sheet);
        page.press("round-sheet-upload", Keys.ENTER);
        page.awaitText("round-sheet-status", "整表未入库");
        assertThat(page.table("round-sheet-errors")).singleElement().satisfies(error -> {
            assertThat(error.get(0)).isEqualTo("2");
            assertThat(error.get(1)).isEqualTo("开工日期");
        });
        assertThat(page.unnamedControls()).isEmpty();

        Files.write(sheet, roundSheet(project, today.toString()));
        page.chooseFile("round-sheet-file", sheet);
        page.press("round-sheet-upload", Keys.ENTER);
        page.awaitText("round-sheet-status", "新报送 1 条");
        assertThat(page.displayed("#round-sheet-errors")).isFalse();
        String reportedAfter = String.valueOf(Integer.parseInt(reportedBefore) + 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> page.table("round-regions").get(0).get(2).equals(reportedAfter));
        assertThat(Tokens.asMonitor().baseUri(services.url("tracking")).get("/api/projects/" + project)
                .then().statusCode(200).extract().jsonPath().getString("status")).isEqualTo("COMMENCED");
    }

    @Test
    @Order(12)
    void anOrganiserSearchesAnEventsSigningsByProjectOrInvestorName() {
        page.signInAnew("gx.organiser", "Organiser-2025");
        page.press("nav-events", Keys.ENTER);
        page.activate("#events tr[data-code='" + EVENT + "'] button");
        page.awaitText("signings-page", "共 3 条");
        page.type("signings-q", "项目2");
        page.press("signings-find", Keys.ENTER);
        page.awaitText("signings-page", "共 1 条");
        assertThat(page.table("signings")).extracting(cells -> cells.get(0)).containsExactly("WB-2");
        page.clear("signings-q");
        page.type("signings-q", "有限公司3");
        page.press("signings-find", Keys.ENTER);
        page.awaitText("signings", "WB-3");
        assertThat(page.table("signings")).extracting(cells -> cells.get(0)).containsExactly("WB-3");
        assertThat(page.unnamedControls()).isEmpty();
    }

    @Test
    @Order(13)
    void anOfficesListAsksTrackingForOnePageAtATime() throws IOException {
        Tokens.asOrganiser().baseUri(services.url("intake")).contentType(ContentType.JSON)
                .body(Fixtures.event(PAGED_EVENT).put("name", "工作台分页活动").toString()).post("/api/events")
                .then().statusCode(201);
        StringBuilder rows = new StringBuilder(HEADER);
        for (int i = 1; i <= PAGED; i++) {
            rows.append("WB-P").append(i).append(",分页项目").append(i).append(",柳州分页测试有限公司").append(i).append(',')
                    .append(CreditCode.complete(String.format("91450200000%05d", i)))
                    .append(",440300,450200,3825,1000,2025-07-20\n");
        }
        Tokens.asOrganiser().baseUri(services.url("intake")).contentType("text/csv; charset=UTF-8")
                .body(rows.toString().getBytes(StandardCharsets.UTF_8))
                .post("/api/events/" + PAGED_EVENT + "/signings/batch").then().statusCode(200);
        page.signInAnew("nanning.office", "Nanning-450100");
        page.press("nav-projects", Keys.ENTER);
        page.clear("filter-region");
        page.type("filter-region", "450200");
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            page.press("filter-apply", Keys.ENTER);
            return page.text("projects-page").contains("共 " + PAGED + " 条");
        });
        assertThat(page.table("projects")).hasSize(20);
        page.press("projects-next", Keys.ENTER);
        page.awaitText("projects-page", "第 2 / 3 页");
        page.press("projects-next", Keys.ENTER);
        page.awaitText("projects-page", "第 3 / 3 页");
        assertThat(page.table("projects")).hasSize(PAGED - 40);
        List<String> asked = page.script("return performance.getEntriesByType('resource').map(function (e) {"
                + " return e.name; }).filter(function (n) { return n.indexOf('/api/tracking/projects?') >= 0; });");
        assertThat(asked).isNotEmpty().allSatisfy(url -> assertThat(url).contains("size=20"));
        assertThat(asked).anySatisfy(url -> assertThat(url).contains("page=2&size=20").contains("region=450200"));
    }

    /** The other project of the office's region than the one reported in the first journeys. */
    private String otherProject() {
        List<String> ids = Tokens.asMonitor().baseUri(services.url("tracking")).get("/api/projects?event=" + EVENT)
                .then().statusCode(200).extract().jsonPath().getList("items.signingId", String.class);
        return ids.stream().filter(id -> !id.equals(reported)).sorted().findFirst().orElseThrow();
    }

    /** A round sheet as an office fills it: the header row, then the project's commencement (the rest is optional). */
    private static byte[] roundSheet(String project, String commenced) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(bytes, "Yanzhen", "1.0");
        Worksheet sheet = workbook.newWorksheet("进度填报");
        sheet.value(0, 0, "项目编号");
        sheet.value(0, 1, "开工日期");
        sheet.value(1, 0, project);
        sheet.value(1, 1, commenced);
        workbook.finish();
        return bytes.toByteArray();
    }

    private void openProfile() {
        page.press("nav-capacity", Keys.ENTER);
        page.type("capacity-region", PROFILE);
        page.press("capacity-open", Keys.ENTER);
        page.awaitText("capacity-version", "档案第");
        assertThat(page.table("capacity-amounts")).first().satisfies(land -> assertThat(land.get(0)).contains("土地"));
    }

    private double landOfProfile() {
        return Tokens.asMonitor().baseUri(services.url("capacity")).get("/api/regions/" + PROFILE)
                .then().statusCode(200).extract().jsonPath().getDouble("profile.landAvailableHa");
    }

    private static String row(int number, String creditCode) {
        return "WB-" + number + ",工作台测试项目" + number + ",南宁工作台测试有限公司" + number + "," + creditCode
                + ",440300,450100,3825," + (1000 * number) + ",2025-07-20\n";
    }
}
