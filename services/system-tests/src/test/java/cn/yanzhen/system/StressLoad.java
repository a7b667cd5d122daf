package cn.yanzhen.system;

import cn.yanzhen.intake.domain.CreditCode;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;

/** The signings, event and capacity profiles the fault suites load: many signings over five Guangxi prefectures. */
final class StressLoad {

    static final List<String> REGIONS = List.of("450100", "450200", "450500", "450700", "451000");
    static final LocalDate SIGNED = LocalDate.of(2025, 7, 20);
    private static final String[] INDUSTRIES = {"3825", "3841", "1810", "1340", "3216", "3670", "2110", "3974"};

    private StressLoad() {
    }

    /** {@code count} signings whose references start with {@code prefix}; investor credit codes from {@code firstInvestor} on. */
    static ArrayNode signings(String prefix, int count, int firstInvestor) {
        ArrayNode batch = BadRequests.JSON.createArrayNode();
        for (int i = 1; i <= count; i++) {
            ObjectNode signing = batch.addObject()
                    .put("externalRef", String.format("%s-%05d", prefix, i))
                    .put("projectName", "压力测试项目" + i)
                    .put("destinationRegion", REGIONS.get(i % REGIONS.size()))
                    .put("industryCode", INDUSTRIES[i % INDUSTRIES.length])
                    .put("investmentYuan", 10_000_000L + 10_000L * i)
                    .put("signedOn", SIGNED.toString())
                    .put("expectedJobs", 50 + i % 200)
                    .put("landHa", 0.5 + (i % 10) / 10.0)
                    .put("energyGwhPerYear", 1.0 + i % 5);
            signing.putObject("investor").put("name", "深圳市压力测试有限公司")
                    .put("creditCode", CreditCode.complete(String.format("914403%010d", firstInvestor + i)))
                    .put("originRegion", "440300");
        }
        return batch;
    }

    static long investmentYuan(ArrayNode signings) {
        long total = 0;
        for (JsonNode signing : signings) {
            total += signing.get("investmentYuan").asLong();
        }
        return total;
    }

    static ObjectNode event(String code, String name) {
        return BadRequests.JSON.createObjectNode().put("code", code).put("name", name).put("hostRegion", "450000")
                .put("city", "南宁").put("startDate", SIGNED.toString()).put("endDate", SIGNED.toString());
    }

    static ObjectNode profile() {
        ObjectNode profile = BadRequests.JSON.createObjectNode().put("landAvailableHa", 5_000)
                .put("labourAvailable", 2_000_000).put("energyAvailableGwhPerYear", 100_000).put("greenPowerShare", 0.5)
                .put("infrastructureScore", 75);
        profile.putArray("industrialBase").add("38").add("13");
        return profile;
    }
}
