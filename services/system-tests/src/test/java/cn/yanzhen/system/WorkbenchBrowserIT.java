package cn.yanzhen.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.yanzhen.intake.domain.CreditCode;
import cn.yanzhen.platform.testing.Tokens;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.Keys;
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
    private static final Path TARGET = Path.of("target");
    private static final String HEADER = "项目编号,项目名称,投资方,统一社会信用代码,投资方所在地,项目落地地,行业代码,总投资（万元）,签约日期\n";

    private KafkaProcess kafka;
    private KeycloakProcess keycloak;
    private RunningServices services;
    private ChromeDriver browser;
    private WorkbenchPage page;
    private Path sheets;

    @BeforeAll
    void start() throws Exception {
        keycloak = KeycloakProcess.shared(); // starts meanwhile
        kafka = KafkaProcess.start();
        Map<String, String> trustRealm = Map.of("yanzhen.oidc.issuer", keycloak.issuer());
        services = RunningServices.start(kafka.bootstrap(), trustRealm, "intake", "tracking");
        services.add("workbench", kafka.bootstrap(), Map.of(
                "yanzhen.workbench.services.intake", services.url("intake"),
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
        assertThat(page.views()).containsExactly("home", "events");
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
        page.tabTo("#events tr[data-code='" + EVENT + "'] button");
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
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
        page.signOut();
        page.signInAtProvider("nanning.office", "Nanning-450100");
        assertThat(page.views()).containsExactly("home", "projects");
        page.press("nav-projects", Keys.ENTER);
        assertThat(page.value("#filter-region", "value")).isEqualTo("450100");
        // tracking registers the organiser's signings from the topic: the office searches until they are there
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            page.press("filter-apply", Keys.ENTER);
            return page.text("projects-page").contains("共 3 条");
        });
        page.tabTo("#projects tbody tr:first-child button");
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        page.awaitText("project-facts", "已签约");

        page.type("evidence-reference", "桂建施〔2025〕18号");
        page.type("evidence-issued", "2099-01-01");
        page.press("report-submit", Keys.ENTER);
        page.awaitText("report-status", "报告未被接受");
        assertThat(page.text("evidence-issued-error")).isNotBlank();
        assertThat(page.value("#evidence-issued", "ariaInvalid")).isEqualTo("true");
        assertThat(page.text("report-on-error")).isNotBlank();

        page.type("report-on", "2025-09-01");
        page.clear("evidence-issued");
        page.type("evidence-issued", "2025-08-20");
        page.press("report-submit", Keys.ENTER);
        page.awaitText("project-facts", "已开工");
        assertThat(page.unnamedControls()).isEmpty();
        page.screenshot(TARGET.resolve("screenshots/workbench-office-projects.png"));
    }

    @Test
    @Order(5)
    void anOfficeOfAnotherRegionIsToldPlainlyThatTheServiceRefusedItsReport() {
        page.signOut();
        page.signInAtProvider("beihai.office", "Beihai-450500");
        page.press("nav-projects", Keys.ENTER);
        page.clear("filter-region");
        page.type("filter-region", "450100");
        page.press("filter-apply", Keys.ENTER);
        page.awaitText("projects-page", "共 3 条");
        page.tabTo("#projects tbody tr:last-child button");
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        page.awaitText("project-facts", "已签约");
        page.type("report-on", "2025-09-01");
        page.type("evidence-reference", "北海冒名文件");
        page.type("evidence-issued", "2025-08-20");
        page.press("report-submit", Keys.ENTER);
        page.awaitText("report-status", "服务答复 403");
    }

    private static String row(int number, String creditCode) {
        return "WB-" + number + ",工作台测试项目" + number + ",南宁工作台测试有限公司" + number + "," + creditCode
                + ",440300,450100,3825," + (1000 * number) + ",2025-07-20\n";
    }
}
