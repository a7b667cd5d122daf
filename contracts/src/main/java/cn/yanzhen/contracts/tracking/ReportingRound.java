package cn.yanzhen.contracts.tracking;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Payload of {@code yanzhen.round.opened} and {@code yanzhen.round.closed}, and body of tracking's
 * {@code GET /api/rounds/{code}} (docs/contract.md §4.6): a reporting round (调度), its reporting rate per
 * region and, once closed, how many projects missed it. Only counts, so the event stays small however many
 * projects a round covers; who missed is read from {@code GET /api/rounds/{code}/missed}.
 */
public record ReportingRound(
        String code,
        String scope,
        LocalDate opensOn,
        LocalDate dueOn,
        RoundStatus status,
        Instant openedAt,
        Instant closedAt,
        long due,
        long reported,
        double rate,
        List<RegionRate> regions,
        long missed) {

    public enum RoundStatus {
        OPEN,
        CLOSED
    }

    /** The projects of one region that owe a report in the round, and how many of them sent one. */
    public record RegionRate(String region, long due, long reported, double rate) {
    }
}
