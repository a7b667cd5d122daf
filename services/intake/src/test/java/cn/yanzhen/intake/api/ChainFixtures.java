package cn.yanzhen.intake.api;

import static cn.yanzhen.platform.testing.Tokens.asRegionalOffice;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Arrays;
import java.util.UUID;

/** Industrial chains (contract §4.1.4) to start from, under codes of their own for each test. */
final class ChainFixtures {

    private ChainFixtures() {
    }

    /** A code no other test uses, e.g. T-1A2B3C4D. */
    static String newCode() {
        return "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** A chain of the province spanning the given GB/T 4754 codes, with one lead firm. */
    static ObjectNode chain(String province, String... industries) {
        ObjectNode chain = IntakeFixtures.JSON.createObjectNode().put("province", province).put("name", "新能源汽车产业链");
        chain.putArray("industries").addAll(Arrays.stream(industries)
                .map(IntakeFixtures.JSON.getNodeFactory()::textNode).toList());
        chain.putArray("leadFirms").add("上汽通用五菱汽车股份有限公司");
        return chain;
    }

    /** Sets the chain as the regional office of {@code officeRegion}. */
    static Response set(String code, ObjectNode chain, String officeRegion) {
        return asRegionalOffice(officeRegion).contentType(ContentType.JSON).body(chain.toString())
                .put("/api/chains/" + code);
    }

    /** Registers a new chain of the province, as its own office, and returns its code. */
    static String register(String province, String... industries) {
        String code = newCode();
        set(code, chain(province, industries), province).then().statusCode(201);
        return code;
    }
}
