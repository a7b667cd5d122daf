package cn.yanzhen.intake.api;

import static cn.yanzhen.platform.testing.Tokens.asMonitor;
import static cn.yanzhen.platform.testing.Tokens.asOrganiser;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;

import cn.yanzhen.platform.testing.YanzhenTestResource;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(YanzhenTestResource.class)
class EventApiTest {

    @Test
    void registersAnEventAndAnswersTheSameRequestWith200() {
        String code = "GX-" + System.nanoTime();
        ObjectNode event = IntakeFixtures.event(code);

        asOrganiser().contentType(ContentType.JSON).body(event.toString()).post("/api/events")
                .then().statusCode(201).header("Location", endsWith("/api/events/" + code)).body("code", equalTo(code));
        asOrganiser().contentType(ContentType.JSON).body(event.toString()).post("/api/events")
                .then().statusCode(200).body("name", equalTo("2025中国产业转移发展对接活动（广西）"));
        asMonitor().get("/api/events/" + code).then().statusCode(200).body("hostRegion", equalTo("450000"));
    }

    @Test
    void theSameCodeWithOtherContentIsAConflict() {
        String code = IntakeFixtures.newEvent();
        ObjectNode other = IntakeFixtures.event(code).put("city", "柳州");

        asOrganiser().contentType(ContentType.JSON).body(other.toString()).post("/api/events")
                .then().statusCode(409).contentType("application/problem+json").body("status", equalTo(409));
        asMonitor().get("/api/events/" + code).then().body("city", equalTo("南宁"));
    }

    @Test
    void namesEveryBadFieldAndStoresNothing() {
        String code = "BAD-" + System.nanoTime();
        ObjectNode event = IntakeFixtures.event(code)
                .put("hostRegion", "999999")
                .put("startDate", "2025-07-32")
                .put("endDate", "2025-07-01")
                .put("organiser", "someone");
        event.remove("name");

        asOrganiser().contentType(ContentType.JSON).body(event.toString()).post("/api/events")
                .then().statusCode(400).contentType("application/problem+json")
                .body("title", equalTo("Bad Request"))
                .body("errors.field", containsInAnyOrder("hostRegion", "startDate", "name", "organiser"));
        asMonitor().get("/api/events/" + code).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void refusesAnEndBeforeTheStartAndABadCode() {
        ObjectNode event = IntakeFixtures.event("not a code!").put("endDate", "2025-07-19");

        asOrganiser().contentType(ContentType.JSON).body(event.toString()).post("/api/events")
                .then().statusCode(400).body("errors.field", containsInAnyOrder("code", "endDate"));
    }

    @Test
    void listsEventsWithPaging() {
        IntakeFixtures.newEvent();
        IntakeFixtures.newEvent();

        asMonitor().get("/api/events?page=0&size=1").then().statusCode(200)
                .body("page", equalTo(0)).body("size", equalTo(1))
                .body("items.size()", equalTo(1)).body("total", greaterThanOrEqualTo(2));
        asMonitor().get("/api/events?size=501").then().statusCode(400).body("errors.field", hasItem("size"));
        asMonitor().get("/api/events?page=x").then().statusCode(400).body("errors.field", hasItem("page"));
    }

    @Test
    void malformedJsonAndWrongContentTypeAreProblems() {
        asOrganiser().contentType(ContentType.JSON).body("{\"code\": ").post("/api/events")
                .then().statusCode(400).contentType("application/problem+json");
        asOrganiser().contentType(ContentType.TEXT).body("code=1").post("/api/events")
                .then().statusCode(415).contentType("application/problem+json");
        asOrganiser().contentType(ContentType.JSON).body("[1,2]").post("/api/events")
                .then().statusCode(400).body("errors.field", hasItem("body"));
    }
}
