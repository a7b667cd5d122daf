package cn.yanzhen.dashboard.api;

import static cn.yanzhen.platform.testing.Tokens.asMonitor;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import cn.yanzhen.contracts.EventTypes;
import cn.yanzhen.contracts.Topics;
import cn.yanzhen.contracts.alert.Alert;
import cn.yanzhen.contracts.tracking.Stats;
import cn.yanzhen.dashboard.StatsRecords;
import cn.yanzhen.platform.testing.EventPublisher;
import cn.yanzhen.platform.testing.ManagementInterface;
import cn.yanzhen.platform.testing.TestInfrastructure;
import cn.yanzhen.platform.testing.Tokens;
import cn.yanzhen.platform.testing.YanzhenTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The dashboard reads what other services publish on the real broker and serves it to signed-in readers. */
@QuarkusTest
@WithTestResource(YanzhenTestResource.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardApiTest {

    /** Health, metrics and OpenAPI: the management interface, a port of its own. */
    @TestHTTPResource(value = "/", management = true)
    URL management;

    private static final Duration WAIT = Duration.ofSeconds(30);

    @TestHTTPResource("/api/live")
    URI live;

    private EventPublisher publisher;

    @BeforeAll
    void connect() {
        publisher = new EventPublisher(TestInfrastructure.endpoints().kafkaBootstrap());
    }

    @AfterAll
    void disconnect() {
        publisher.close();
    }

    @Test
    void figuresOfEveryScopeAreTheLatestTrackingPublished() {
        String event = "event:API-" + UUID.randomUUID().toString().substring(0, 8);
        publisher.publish(Topics.STATS.name(), EventTypes.STATS, event, stats(event, 1, 800_000_000L));
        publisher.publish(Topics.STATS.name(), EventTypes.STATS, event, stats(event, 2, 3_300_000_000L));

        await().atMost(WAIT).untilAsserted(() -> asMonitor().get("/api/figures").then().statusCode(200)
                .body("'" + event + "'.signed.count", equalTo(2))
                .body("'" + event + "'.signed.investmentYuan", equalTo(3_300_000_000L)));
    }

    @Test
    void everyTableExportsAsCsvAndXlsxWithTheRowsOfTheTable() throws IOException {
        String code = "CSV-" + UUID.randomUUID().toString().substring(0, 8);
        String prefecture = "event-prefecture:" + code + ":450200";
        publisher.publish(Topics.STATS.name(), EventTypes.STATS, prefecture, StatsRecords.scope(prefecture)
                .signed(1, 800_000_000L).overdueCount(1).build());
        publisher.publish(Topics.STATS.name(), EventTypes.STATS, "event:" + code, StatsRecords.scope("event:" + code)
                .signed(1, 800_000_000L).overdue(StatsRecords.overdueProject("柳州,\"汽车\"项目", "450200", 800_000_000L))
                .build());
        await().atMost(WAIT).untilAsserted(() -> asMonitor().queryParam("event", code)
                .get("/api/tables/event-prefectures").then().statusCode(200).body("rows.size()", equalTo(1)));

        byte[] csvBytes = asMonitor().queryParam("event", code).get("/api/tables/event-prefectures.csv").then()
                .statusCode(200).header("Content-Disposition", containsString("event-prefectures.csv"))
                .extract().asByteArray();
        String csv = new String(csvBytes, StandardCharsets.UTF_8);
        assertThat(csv).isEqualTo(CsvExport.BYTE_ORDER_MARK
                + "地区代码,地区,签约项目,签约额（元）,开工项目,开工率,投产项目,完成投资（元）,逾期未开工\r\n"
                + "450200,柳州市,1,800000000,0,0.0,0,0,1\r\n");
        await().atMost(WAIT).untilAsserted(() -> assertThat(asMonitor().queryParam("event", code)
                .get("/api/tables/event-overdue.csv").asString()).contains("项目,投资方",
                "\"柳州,\"\"汽车\"\"项目\",佛山市宏达有限公司,柳州市,800000000,2025-07-20,2026-01-20"));

        byte[] xlsx = asMonitor().queryParam("event", code).get("/api/tables/event-prefectures.xlsx").then()
                .statusCode(200).contentType(TableResource.XLSX)
                .header("Content-Disposition", containsString("filename*=UTF-8''%E5%88%86%E5%9C%B0%E5%8C%BA"))
                .extract().asByteArray();
        assertThat(sheet(xlsx)).contains("<t>柳州市</t>", "<v>800000000</v>", "<t>签约额（元）</t>",
                "<t>分地区 · " + code + "</t>", "（北京时间）");

        byte[] gb = asMonitor().queryParam("event", code).queryParam("charset", "GB18030")
                .get("/api/tables/event-prefectures.csv").then().statusCode(200)
                .contentType(containsString("GB18030")).extract().asByteArray();
        assertThat(new String(gb, Charset.forName("GB18030"))).isEqualTo(csv.substring(1));
        asMonitor().queryParam("event", code).queryParam("file", "code").get("/api/tables/event-prefectures.xlsx")
                .then().statusCode(200).header("Content-Disposition", "attachment; filename=\"event-prefectures.xlsx\"");
        asMonitor().queryParam("event", code).queryParam("charset", "latin1").get("/api/tables/event-prefectures.csv")
                .then().statusCode(400).body("errors[0].field", equalTo("charset"));
        asMonitor().queryParam("event", code).queryParam("file", "title").get("/api/tables/event-prefectures.csv")
                .then().statusCode(400).body("errors[0].field", equalTo("file"));
    }

    @Test
    void thePageSignsInOnceAndThenCarriesTheTokenOnlyInAnHttpOnlyCookie() {
        Response signIn = asMonitor().post("/api/session");
        signIn.then().statusCode(200).body("subject", equalTo("dashboard")).body("roles[0]", equalTo("monitor"));
        String setCookie = signIn.header("Set-Cookie");
        assertThat(setCookie).contains("yanzhen_session=", "HttpOnly", "SameSite=Strict", "Path=/");

        given().cookie("yanzhen_session", signIn.getCookie("yanzhen_session")).get("/api/overview").then()
                .statusCode(200).body("all.scope", equalTo("all"));
        given().cookie("yanzhen_session", signIn.getCookie("yanzhen_session")).delete("/api/session").then()
                .statusCode(204).header("Set-Cookie", containsString("Max-Age=0"));
    }

    @Test
    void nothingWithoutAToken() {
        for (String path : new String[] {"/api/live", "/api/overview", "/api/figures", "/api/tables/events",
                "/api/tables/events.csv", "/api/session"}) {
            given().get(path).then().statusCode(401).contentType("application/problem+json");
        }
        given().cookie("yanzhen_session", Tokens.signedByAnotherKey(Tokens.dashboard())).get("/api/overview").then()
                .statusCode(401);
        given().get("/").then().statusCode(200).body(containsString("登录"));
    }

    @Test
    void withoutAnIdentityProviderThePageOffersOnlyTheTokenAndItsSessionsEndNowhereElse() {
        given().get("/api/session/ways").then().statusCode(200).body("signIn", equalTo(null)).body("token", equalTo(true));
        asMonitor().get("/api/session").then().statusCode(200).body("signOut", equalTo(null));
        given().redirects().follow(false).get("/sign-in").then().statusCode(401);
    }

    @Test
    void healthMetricsAndOpenApiNeedNoToken() {
        ManagementInterface.given(management).get("/q/health/ready").then().statusCode(200);
        ManagementInterface.given(management).get("/q/metrics").then().statusCode(200).body(containsString("kafka_consumer"));
        ManagementInterface.given(management).get("/q/openapi").then().statusCode(200).body(containsString("/api/live"))
                .body(containsString("/api/tables/{name}.xlsx"));
    }

    @Test
    void badTableRequestsAreProblems() {
        asMonitor().get("/api/tables/nonsense").then().statusCode(404).contentType("application/problem+json");
        asMonitor().get("/api/tables/event-prefectures").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("event"));
        asMonitor().queryParam("region", "45").get("/api/tables/region-capacity").then().statusCode(400)
                .body("errors[0].field", equalTo("region"));
    }

    @Test
    void theLiveStreamSendsTheCurrentOverviewAtOnceAndAnotherAfterAChange() throws InterruptedException {
        try (LiveStreamClient stream = LiveStreamClient.withBearer(live, Tokens.monitor())) {
            assertThat(stream.status()).isEqualTo(200);
            assertThat(stream.contentType()).startsWith("text/event-stream");
            assertThat(stream.next(LiveFeed.EVENT_NAME, WAIT).data()).contains("\"all\"");
            publisher.publish(Topics.ALERTS.name(), EventTypes.ALERT, "450200", new Alert(
                    Alert.AlertCode.CAPACITY_OVERCOMMITTED, Alert.Severity.WARNING, "450200", "live-test",
                    Instant.now()));
            String next;
            do {
                next = stream.next(LiveFeed.EVENT_NAME, WAIT).data();
            } while (!next.contains("live-test"));
            assertThat(next).contains("承载能力超额承诺");
        }
    }

    private static String sheet(byte[] xlsx) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new IllegalStateException("no sheet in the workbook");
    }

    private static Stats stats(String scope, long count, long yuan) {
        return StatsRecords.scope(scope).signed(count, yuan).verdict("ACCEPTABLE", count).build();
    }
}
