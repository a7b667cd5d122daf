package cn.yanzhen.intake.api.park;

import static cn.yanzhen.platform.testing.Tokens.asAdmin;
import static cn.yanzhen.platform.testing.Tokens.asMonitor;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;

import cn.yanzhen.platform.testing.YanzhenTestResource;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One failing input per rule of a park: a 400 problem naming the field, and no park stored. */
@QuarkusTest
@WithTestResource(YanzhenTestResource.class)
class ParkValidationTest {

    static Stream<Arguments> badParks() {
        return Stream.of(
                bad("name", "missing", p -> p.remove("name")),
                bad("name", "longer than 100", p -> p.put("name", "园".repeat(101))),
                bad("name", "control characters", p -> p.put("name", "园\u0000区")),
                bad("region", "unknown code", p -> p.put("region", "450599")),
                bad("region", "not a string", p -> p.put("region", 451400)),
                bad("level", "unknown level", p -> p.put("level", "STATE")),
                bad("plannedLandMu", "text", p -> p.put("plannedLandMu", "一万五")),
                bad("availableLandMu", "more than planned", p -> p.put("availableLandMu", 15_000.5)),
                bad("availableLandMu", "negative", p -> p.put("availableLandMu", -1)),
                bad("partner", "containing the park's region", p -> p.put("partner", "450000")),
                bad("partner", "the park's own region", p -> p.put("partner", "451400")),
                bad("priorityIndustries[2]", "public administration", p -> p.withArray("priorityIndustries").add("9210")),
                bad("priorityIndustries", "not an array", p -> p.put("priorityIndustries", "3825")),
                bad("code", "unknown field", p -> p.put("code", "GX-OTHER")));
    }

    private static Arguments bad(String field, String why, Consumer<ObjectNode> change) {
        return Arguments.of(field, why, change);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("badParks")
    void isRefusedNamingTheField(String field, String why, Consumer<ObjectNode> change) {
        String code = ParkFixtures.newCode();
        ObjectNode park = ParkFixtures.coBuilt();
        change.accept(park);

        ParkFixtures.put(asAdmin(), code, park).statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(field));
        asMonitor().get("/api/parks/" + code).then().statusCode(404);
    }

    @Test
    void aBadCodeAndEveryBadFieldAreNamedInOneAnswer() {
        asAdmin().contentType(ContentType.JSON).body("{\"region\": \"999999\", \"plannedLandMu\": -5}")
                .put("/api/parks/gx-lower").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("code", "name", "region", "level", "plannedLandMu",
                        "availableLandMu"));
    }
}
