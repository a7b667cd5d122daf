package cn.yanzhen.notifier.subscriptions;

import static cn.yanzhen.notifier.NotifierFixtures.post;
import static cn.yanzhen.notifier.NotifierFixtures.subscribe;
import static cn.yanzhen.notifier.NotifierFixtures.subscription;
import static cn.yanzhen.platform.testing.Tokens.asAdmin;
import static cn.yanzhen.platform.testing.Tokens.asMonitor;
import static cn.yanzhen.platform.testing.Tokens.asRegionalOffice;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import cn.yanzhen.notifier.ReceiversResource;
import cn.yanzhen.platform.testing.YanzhenTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(YanzhenTestResource.class)
@WithTestResource(ReceiversResource.class)
class SubscriptionApiTest {

    private static final List<String> OVERDUE = List.of("OVERDUE_COMMENCEMENT");

    @Test
    void badInputIsRefusedNamingEachFieldAndNothingIsStored() {
        int before = asAdmin().get("/api/subscriptions").then().extract().path("size()");
        Map<String, Object> bad = subscription(List.of("OVERDUE_COMMENCEMENT", "LATE_LUNCH"), "999999", null,
                "DINGTALK", "not a url", "language", "fr", "digestAt", "25:00", "industryCode", "C39", "colour", "red");

        post(asAdmin(), bad).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("alertCodes", "regionCode", "target", "secret", "language",
                        "digestAt", "industryCode", "colour"));
        post(asAdmin(), Map.of("alertCodes", "OVERDUE_COMMENCEMENT", "target", 7)).then().statusCode(400)
                .body("errors.field", containsInAnyOrder("alertCodes", "target", "channel"));
        post(asAdmin(), subscription(OVERDUE, "450100", null, "EMAIL", "not-an-address")).then().statusCode(400)
                .body("errors.field", equalTo(List.of("target")));
        asAdmin().get("/api/subscriptions").then().body("size()", equalTo(before));
    }

    @Test
    void anOfficeManagesItsOwnRegionsSubscriptionsOnly() {
        Map<String, Object> beihai = subscription(OVERDUE, "450500", null, "EMAIL", "beihai@office.test");
        post(asRegionalOffice("450100"), beihai).then().statusCode(403).contentType("application/problem+json");
        post(asRegionalOffice("450100"), subscription(OVERDUE, null, null, "EMAIL", "all@office.test")).then()
                .statusCode(403);
        post(asMonitor(), beihai).then().statusCode(403);
        RestAssured.given().contentType(ContentType.JSON).body(beihai).post("/api/subscriptions").then()
                .statusCode(401);

        String nanning = post(asRegionalOffice("450100"),
                subscription(OVERDUE, "450100", null, "EMAIL", "nanning@office.test")).then().statusCode(201)
                .body("signed", equalTo(false)).body("language", equalTo("zh")).extract().path("id");
        String guangxi = post(asRegionalOffice("450000"),
                subscription(OVERDUE, "450100", null, "EMAIL", "guangxi@office.test")).then().statusCode(201)
                .extract().path("id");
        String beihaiId = subscribe(beihai);

        asRegionalOffice("450500").get("/api/subscriptions/" + nanning).then().statusCode(403);
        asRegionalOffice("450500").delete("/api/subscriptions/" + nanning).then().statusCode(403);
        asRegionalOffice("450500").get("/api/subscriptions").then().body("id", hasItem(beihaiId))
                .body("id", not(hasItem(nanning)));
        asRegionalOffice("450100").get("/api/subscriptions").then().body("id", hasItem(nanning))
                .body("id", hasItem(guangxi)).body("id", not(hasItem(beihaiId)));
        asRegionalOffice("450100").delete("/api/subscriptions/" + nanning).then().statusCode(204);
        asAdmin().get("/api/subscriptions/" + nanning).then().statusCode(404);
        asAdmin().queryParam("entity", "subscription:" + nanning).get("/api/audit").then()
                .body("items.action", containsInAnyOrder("subscription.add", "subscription.remove"));
    }
}
