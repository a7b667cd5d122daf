package cn.yanzhen.contracts.tracking;

import java.util.Map;

/** Payload of {@code yanzhen.stats} and body of tracking's {@code GET /api/stats} (docs/contract.md §4.5). */
public record Stats(
        String scope,
        Tally signed,
        Tally withdrawn,
        Tally commenced,
        Tally inProduction,
        Tally cancelled,
        long completedInvestmentYuan,
        double commencementRate,
        double investmentCompletionRate,
        long overdue,
        Map<String, Long> byVerdict,
        Tally repeats) {

    public record Tally(long count, long investmentYuan) {
    }
}
