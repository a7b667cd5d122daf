package cn.yanzhen.stack.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;

/**
 * An earlier Guangxi matchmaking event (Shenzhen, 2024-08-16) at which one of the 2025 projects was
 * already signed, a little smaller: intake takes the 2025 signing for a repeat (重复签约), the organiser
 * confirms it, and the project's progress is reported on its first signing, which the 2025 one follows.
 */
public final class EarlierEvent {

    public static final String EVENT_CODE = "2024-GX-SZ";
    /** The 2025 signing that repeats the earlier one. */
    public static final String REPEATED_REF = "GX-2025-017";
    public static final String EARLIER_REF = "GX-2024-SZ-009";
    public static final LocalDate EVENT_DAY = LocalDate.of(2024, 8, 16);

    private static final ObjectMapper JSON = new ObjectMapper();

    private EarlierEvent() {
    }

    public static ObjectNode event() {
        return JSON.createObjectNode()
                .put("code", EVENT_CODE)
                .put("name", "2024广西（深圳）产业转移招商推介会")
                .put("hostRegion", "450000")
                .put("city", "深圳")
                .put("startDate", EVENT_DAY.toString())
                .put("endDate", EVENT_DAY.toString());
    }

    /** The first signing of the project that 2025's {@link #REPEATED_REF} signs again, at 90 % of its amount. */
    public static ArrayNode signings() {
        ObjectNode repeated = GuangxiDemo.signings().stream()
                .filter(signing -> REPEATED_REF.equals(signing.get("externalRef").asText())).findFirst().orElseThrow();
        ObjectNode earlier = repeated.deepCopy()
                .put("externalRef", EARLIER_REF)
                .put("investmentYuan", earlierYuan(repeated.get("investmentYuan").asLong()))
                .put("signedOn", EVENT_DAY.toString())
                .put("plannedCommencement", EVENT_DAY.plusDays(120).toString());
        return JSON.createArrayNode().add(earlier);
    }

    /** The earlier signing's amount: 90 % of the repeat's, to the 10,000 yuan. */
    public static long earlierYuan(long repeatedYuan) {
        return Math.round(repeatedYuan * 0.9 / 10_000) * 10_000;
    }

    /** What its regional office reported of the project since, on the earlier signing. */
    public static List<ObjectNode> reports(long earlierYuan) {
        return List.of(
                JSON.createObjectNode().put("reportId", EARLIER_REF + "-COMMENCED").put("type", "COMMENCED")
                        .put("on", "2024-12-06"),
                JSON.createObjectNode().put("reportId", EARLIER_REF + "-I1").put("type", "INVESTMENT")
                        .put("cumulativeYuan", Math.round(earlierYuan * 0.35 / 10_000) * 10_000)
                        .put("asOf", "2025-06-30"));
    }

    public static String confirmation(String earlierSigningId) {
        return JSON.createObjectNode().put("signingId", earlierSigningId)
                .put("note", "同一项目：2024年深圳推介会已签约，2025年对接活动再次签约").toString();
    }
}
