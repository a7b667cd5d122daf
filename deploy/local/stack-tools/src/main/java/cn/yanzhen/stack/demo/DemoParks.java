package cn.yanzhen.stack.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Guangxi's parks (园区, contract §4.1.5): Beihai's 铁山港工业区 and the two it builds with Guangdong, the 粤桂合作特别试验区 in
 * Wuzhou and 江门（崇左）产业园. Registered before the event, so that the signings landing there name them by code.
 * Safe to play again: the same park again is 200.
 */
final class DemoParks {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String GUANGXI = "450000";

    private DemoParks() {
    }

    static void play(String intake, DemoActors actors) throws Exception {
        String office = actors.office(GUANGXI);
        for (ObjectNode park : parks()) {
            String code = park.remove("code").asText();
            DemoHttp.send(office, "PUT", intake + "/api/parks/" + code, JSON.writeValueAsString(park), null);
        }
        JsonNode listed = JSON.readTree(DemoHttp.send(actors.monitor(), "GET", intake + "/api/parks?region=" + GUANGXI,
                null, null));
        System.out.printf("  demo: %d of Guangxi's parks registered, 2 of them built with Guangdong (共建)%n",
                listed.get("total").asLong());
    }

    private static List<ObjectNode> parks() {
        return List.of(park("GX-TSG", "铁山港工业区", "450500", "PROVINCIAL", 32000, 12500, null, "3252", "3130", "2221"),
                park("GX-WZYG", "梧州粤桂合作特别试验区", "450400", "PROVINCIAL", 21000, 7400, "440000", "39", "3825"),
                park("GX-JMCZ", "江门（崇左）产业园", "451400", "MUNICIPAL", 15000, 6200.5, "440000", "3751", "2110"));
    }

    private static ObjectNode park(String code, String name, String region, String level, double plannedMu,
                                   double availableMu, String partner, String... industries) {
        ObjectNode park = JSON.createObjectNode().put("code", code).put("name", name).put("region", region)
                .put("level", level).put("plannedLandMu", plannedMu).put("availableLandMu", availableMu);
        if (partner != null) {
            park.put("partner", partner);
        }
        for (String industry : industries) {
            park.withArray("priorityIndustries").add(industry);
        }
        return park;
    }
}
