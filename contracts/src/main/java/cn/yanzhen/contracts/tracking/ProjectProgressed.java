package cn.yanzhen.contracts.tracking;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Payload of {@code yanzhen.project.progressed}: an accepted report and the project's state after it.
 * {@code note} is what a NO_CHANGE report says (docs/contract.md §4.6); {@code outcome} is what an OUTCOME report
 * gives (docs/contract.md §4.4.2), null for the other types.
 */
public record ProjectProgressed(
        UUID signingId,
        String reportId,
        ReportType type,
        LocalDate on,
        Long cumulativeYuan,
        LocalDate asOf,
        boolean correction,
        String reason,
        String note,
        ProjectStatus status,
        long cumulativeInvestmentYuan,
        Instant reportedAt,
        List<Evidence> evidence,
        Outcome outcome) {

    public ProjectProgressed {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    public enum ReportType {
        COMMENCED,
        INVESTMENT,
        IN_PRODUCTION,
        CANCELLED,
        NO_CHANGE,
        OUTCOME,
        /** 达产: the project reached its design capacity, after IN_PRODUCTION (docs/contract.md §4.4). */
        REACHED_DESIGN_CAPACITY
    }

    /** A project's outcome for a period, a year ("2025") or a quarter ("2025-Q3"): jobs at its end, output, tax. */
    public record Outcome(String period, long jobs, long outputValueYuan, long taxPaidYuan) {
    }

    public enum ProjectStatus {
        SIGNED,
        COMMENCED,
        IN_PRODUCTION,
        CANCELLED,
        WITHDRAWN
    }
}
