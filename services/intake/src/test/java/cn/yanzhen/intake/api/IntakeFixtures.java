package cn.yanzhen.intake.api;

import static cn.yanzhen.platform.testing.Tokens.asOrganiser;

import cn.yanzhen.intake.domain.CreditCode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.http.ContentType;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** Valid events and signings to start from; each test changes what it is about. */
final class IntakeFixtures {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private IntakeFixtures() {
    }

    /** Registers a fresh event starting 2025-07-20 and returns its code. */
    static String newEvent() {
        String code = "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        asOrganiser().contentType(ContentType.JSON).body(event(code).toString())
                .post("/api/events").then().statusCode(201);
        return code;
    }

    static ObjectNode event(String code) {
        return JSON.createObjectNode()
                .put("code", code)
                .put("name", "2025中国产业转移发展对接活动（广西）")
                .put("hostRegion", "450000")
                .put("city", "南宁")
                .put("startDate", "2025-07-20")
                .put("endDate", "2025-07-20");
    }

    static ObjectNode signing(String externalRef) {
        ObjectNode signing = JSON.createObjectNode()
                .put("externalRef", externalRef)
                .put("projectName", "年产20GW光伏组件项目")
                .put("destinationRegion", "450500")
                .put("park", "铁山港工业区")
                .put("industryCode", "3825")
                .put("investmentYuan", 1_500_000_000L)
                .put("signedOn", "2025-07-20")
                .put("expectedJobs", 1200)
                .put("landHa", 40.0)
                .put("energyGwhPerYear", 120.0)
                .put("plannedCommencement", "2025-12-31");
        signing.putObject("investor")
                .put("name", "深圳市华阳新能源科技有限公司")
                .put("creditCode", creditCode())
                .put("originRegion", "440300");
        return signing;
    }

    /** Adds a full promise at full production (达产) to the signing and returns the promise. */
    static ObjectNode promise(ObjectNode signing) {
        return signing.putObject("promise").put("designCapacity", 8000.0).put("capacityUnit", "吨/月")
                .put("annualOutputYuan", 1_600_000_000L).put("annualTaxYuan", 80_000_000L)
                .put("fullProductionBy", "2027-12-31");
    }

    /** A different valid credit code each call. */
    static String creditCode() {
        return CreditCode.complete(String.format("914403%010d", SEQUENCE.incrementAndGet()));
    }
}
