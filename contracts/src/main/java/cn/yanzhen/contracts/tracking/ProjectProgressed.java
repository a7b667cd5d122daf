package cn.yanzhen.contracts.tracking;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Payload of {@code yanzhen.project.progressed}: an accepted report and the project's state after it. */
public record ProjectProgressed(
        UUID signingId,
        String reportId,
        ReportType type,
        LocalDate on,
        Long cumulativeYuan,
        LocalDate asOf,
        boolean correction,
        String reason,
        ProjectStatus status,
        long cumulativeInvestmentYuan,
        Instant reportedAt,
        List<Evidence> evidence) {

    public ProjectProgressed {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    public enum ReportType {
        COMMENCED,
        INVESTMENT,
        IN_PRODUCTION,
        CANCELLED
    }

    public enum ProjectStatus {
        SIGNED,
        COMMENCED,
        IN_PRODUCTION,
        CANCELLED,
        WITHDRAWN
    }
}
