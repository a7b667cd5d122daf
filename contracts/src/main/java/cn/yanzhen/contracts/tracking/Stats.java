package cn.yanzhen.contracts.tracking;

import java.time.Instant;
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
        Tally repeats,
        Verified verified,
        Backlog awaitingVerification) {

    public record Tally(long count, long investmentYuan) {
    }

    /** The figures again, counting only what a verifier has confirmed (docs/contract.md §4.5). */
    public record Verified(Tally commenced, Tally inProduction, long completedInvestmentYuan, double commencementRate,
                           double investmentCompletionRate) {

        public static final Verified NONE = new Verified(new Tally(0, 0), new Tally(0, 0), 0, 0, 0);
    }

    /** Reports that await a verifier: how many, and when the oldest of them was reported (null when none). */
    public record Backlog(long count, Instant oldestReportedAt) {

        public static final Backlog NONE = new Backlog(0, null);
    }
}
