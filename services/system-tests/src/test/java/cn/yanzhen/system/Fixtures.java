package cn.yanzhen.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Valid bodies the system tests start from: an event in Guangxi, a signing for Beihai, a capacity profile. */
final class Fixtures {

    static final ObjectMapper JSON = new ObjectMapper();

    private Fixtures() {
    }

    static ObjectNode event(String code) {
        return JSON.createObjectNode().put("code", code).put("name", "系统测试对接活动")
                .put("hostRegion", "450000").put("city", "南宁").put("startDate", "2025-07-20")
                .put("endDate", "2025-07-20");
    }

    static ObjectNode signing(String externalRef, String creditCode) {
        ObjectNode signing = JSON.createObjectNode()
                .put("externalRef", externalRef).put("projectName", "年产10万吨铝型材项目")
                .put("destinationRegion", "450500").put("park", "铁山港工业区").put("industryCode", "3252")
                .put("investmentYuan", 800_000_000L).put("signedOn", "2025-07-20").put("expectedJobs", 300)
                .put("landHa", 20.5).put("energyGwhPerYear", 30.0).put("plannedCommencement", "2025-12-31");
        signing.putObject("investor").put("name", "佛山市宏达铝材有限公司").put("creditCode", creditCode)
                .put("originRegion", "440600");
        return signing;
    }

    static ObjectNode profile() {
        ObjectNode profile = JSON.createObjectNode().put("gradientTier", 3).put("landAvailableHa", 500)
                .put("labourAvailable", 20_000).put("energyAvailableGwhPerYear", 1_000).put("greenPowerShare", 0.5)
                .put("infrastructureScore", 70);
        profile.putArray("industrialBase").add("32");
        return profile;
    }

    /** A lead of Beihai's pipeline (contract §4.1.3), first contacted in March 2025, its firm's credit code unknown. */
    static ObjectNode lead(String id) {
        ObjectNode lead = JSON.createObjectNode().put("leadId", id).put("projectName", "年产10万吨铝型材项目")
                .put("destinationRegion", "450500").put("industryCode", "3252").put("expectedInvestmentYuan", 800_000_000L)
                .put("officer", "北海市投资促进局 李明").put("firstContactOn", "2025-03-01");
        lead.putObject("firm").put("name", "佛山市宏达铝材有限公司").put("originRegion", "440600");
        return lead;
    }
}
