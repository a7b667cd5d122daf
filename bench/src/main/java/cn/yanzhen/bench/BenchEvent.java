package cn.yanzhen.bench;

import cn.yanzhen.intake.domain.CreditCode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;

/**
 * A matchmaking event of the benchmark's own, with a new code each run so runs never meet, and its
 * signings: Sichuan and Yunnan prefectures as destinations, a mix of industries and factor classes.
 * Every signing has an investor of its own ({@code investorSeries} is unique per event and run): intake
 * links a signing to an earlier one of the same investor, place, industry and size as a repeat, and a
 * repeat would neither be counted nor take progress reports.
 */
record BenchEvent(String code, long investorSeries) {

    /** Signings an event may number; the series leaves room for this many investors each. */
    static final int MAX_SIGNINGS = 1 << 15;
    private static final String CREDIT_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int ORGANISATION_DIGITS = 10;

    static final List<String> DESTINATIONS = List.of("510100", "510400", "510700", "511000", "511100", "511400",
            "530100", "530300");
    private static final String[] INDUSTRIES = {"3825", "3841", "1810", "1340", "3216", "3670", "2110", "3974"};
    private static final LocalDate SIGNED = LocalDate.of(2025, 9, 20);

    String registration() {
        return Api.JSON.createObjectNode().put("code", code).put("name", "基准测试活动 " + code)
                .put("hostRegion", "510000").put("city", "成都").put("startDate", SIGNED.toString())
                .put("endDate", SIGNED.toString()).toString();
    }

    /** Signings numbered from {@code first}, {@code count} of them. */
    ArrayNode signings(int first, int count) {
        ArrayNode batch = Api.JSON.createArrayNode();
        for (int i = first; i < first + count; i++) {
            ObjectNode signing = batch.addObject()
                    .put("externalRef", String.format("B-%06d", i))
                    .put("projectName", "基准项目" + i)
                    .put("destinationRegion", DESTINATIONS.get(i % DESTINATIONS.size()))
                    .put("industryCode", INDUSTRIES[i % INDUSTRIES.length])
                    .put("investmentYuan", investmentOf(i))
                    .put("signedOn", SIGNED.toString())
                    .put("expectedJobs", 50 + i % 200)
                    .put("landHa", 0.5 + (i % 10) / 10.0)
                    .put("energyGwhPerYear", 1.0 + i % 5);
            signing.putObject("investor").put("name", "深圳市基准测试有限公司")
                    .put("creditCode", creditCode(i))
                    .put("originRegion", "440300");
        }
        return batch;
    }

    /** Shenzhen's "914403", then the investor's number in the code's own alphabet, then the two checks. */
    private String creditCode(int signing) {
        if (signing >= MAX_SIGNINGS) {
            throw new IllegalArgumentException("an event of the benchmark numbers at most " + MAX_SIGNINGS + " signings");
        }
        long investor = investorSeries * MAX_SIGNINGS + signing;
        char[] body = new char[ORGANISATION_DIGITS];
        for (int i = ORGANISATION_DIGITS - 1; i >= 0; i--) {
            body[i] = CREDIT_ALPHABET.charAt((int) (investor % CREDIT_ALPHABET.length()));
            investor /= CREDIT_ALPHABET.length();
        }
        return CreditCode.complete("914403" + new String(body));
    }

    static long investmentOf(int i) {
        return 10_000_000L + 10_000L * i;
    }

    /** The yuan signed by signings numbered 1..count. */
    static long investmentOfFirst(int count) {
        long total = 0;
        for (int i = 1; i <= count; i++) {
            total += investmentOf(i);
        }
        return total;
    }

    static String commenced(String reportId) {
        return Api.JSON.createObjectNode().put("reportId", reportId).put("type", "COMMENCED")
                .put("on", SIGNED.plusDays(30).toString()).toString();
    }

    static String profile() {
        ObjectNode profile = Api.JSON.createObjectNode().put("landAvailableHa", 50_000).put("labourAvailable", 5_000_000)
                .put("energyAvailableGwhPerYear", 500_000).put("greenPowerShare", 0.6).put("infrastructureScore", 70);
        profile.putArray("industrialBase").add("38").add("13");
        return profile.toString();
    }
}
