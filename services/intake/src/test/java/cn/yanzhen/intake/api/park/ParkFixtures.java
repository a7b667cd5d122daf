package cn.yanzhen.intake.api.park;

import static cn.yanzhen.platform.testing.Tokens.asAdmin;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;

/** Valid parks to start from, under codes of their own for each test; each test changes what it is about. */
public final class ParkFixtures {

    static final ObjectMapper JSON = new ObjectMapper();

    private ParkFixtures() {
    }

    /** A code no other test uses, e.g. GX-1A2B3C4D. */
    public static String newCode() {
        return "GX-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** The co-built 江门（崇左）产业园 in Chongzuo (451400), Guangdong its partner. */
    public static ObjectNode coBuilt() {
        ObjectNode park = JSON.createObjectNode()
                .put("name", "江门（崇左）产业园")
                .put("region", "451400")
                .put("level", "PROVINCIAL")
                .put("plannedLandMu", 15_000.0)
                .put("availableLandMu", 6_200.5)
                .put("partner", "440000");
        park.putArray("priorityIndustries").add("3825").add("39");
        return park;
    }

    /** A park of the given name in the region, with no partner and no priorities. */
    public static ObjectNode park(String name, String region) {
        return JSON.createObjectNode().put("name", name).put("region", region).put("level", "NATIONAL")
                .put("plannedLandMu", 30_000.0).put("availableLandMu", 12_000.0);
    }

    static ValidatableResponse put(RequestSpecification caller, String code, ObjectNode park) {
        return caller.contentType(ContentType.JSON).body(park.toString()).put("/api/parks/" + code).then();
    }

    /** Registers the park as an admin and returns its code. */
    public static String register(String code, ObjectNode park) {
        put(asAdmin(), code, park).statusCode(201);
        return code;
    }
}
