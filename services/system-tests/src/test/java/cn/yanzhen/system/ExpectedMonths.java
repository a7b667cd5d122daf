package cn.yanzhen.system;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yanzhen.stack.demo.EarlierEvent;
import cn.yanzhen.stack.demo.GuangxiStory;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What an event's monthly series (docs/contract.md §4.5.6) must show of what the demo sent. */
final class ExpectedMonths {

    private static final Map<String, String> SUMS = Map.of("signed", "/signed",
            "commenced", "/commenced", "inProduction", "/inProduction", "verifiedCommenced", "/verified/commenced",
            "verifiedInProduction", "/verified/inProduction");

    private ExpectedMonths() {
    }

    /**
     * The signings per month of their signing date, with their signed investment: every one but the withdrawn; the
     * repeat in the month its project was first signed, at the earlier event, which its event follows.
     */
    static void signedAsSent(JsonNode months, List<GuangxiStory.Project> projects, String withdrawnSigningId) {
        Map<String, long[]> expected = new TreeMap<>();
        for (GuangxiStory.Project project : projects) {
            if (project.signingId().equals(withdrawnSigningId)) {
                continue;
            }
            LocalDate day = project.repeatOf() != null ? EarlierEvent.EVENT_DAY : project.signedOn();
            long[] tally = expected.computeIfAbsent(YearMonth.from(day).toString(), month -> new long[2]);
            tally[0]++;
            tally[1] += project.investmentYuan();
        }
        Map<String, long[]> actual = new TreeMap<>();
        months.forEach(month -> {
            if (month.at("/signed/count").asLong() > 0) {
                actual.put(month.get("period").asText(), new long[] {month.at("/signed/count").asLong(),
                    month.at("/signed/investmentYuan").asLong()});
            }
        });
        assertThat(actual).hasSameSizeAs(expected);
        expected.forEach((month, tally) -> assertThat(actual.get(month)).as(month).containsExactly(tally));
    }

    /** Each figure of the months, summed, is the record's figure of all time of the same name. */
    static void addUpToAllTime(JsonNode record) {
        SUMS.forEach((inMonth, allTime) -> {
            for (String part : List.of("/count", "/investmentYuan")) {
                long sum = 0;
                for (JsonNode month : record.get("months")) {
                    sum += month.at("/" + inMonth + part).asLong();
                }
                assertThat(sum).as(inMonth + part).isEqualTo(record.at(allTime + part).asLong());
            }
        });
        long completed = 0;
        long reached = 0;
        for (JsonNode month : record.get("months")) {
            completed += month.get("completedInvestmentYuan").asLong();
            reached += month.at("/reachedDesignCapacity/count").asLong();
        }
        assertThat(completed).isEqualTo(record.get("completedInvestmentYuan").asLong());
        assertThat(reached).isEqualTo(record.at("/cycleTimes/productionToDesignCapacity/projects").asLong());
    }
}
