package cn.yanzhen.tracking.verification.api;

import cn.yanzhen.contracts.tracking.Evidence;
import cn.yanzhen.contracts.tracking.ProjectProgressed.ReportType;
import cn.yanzhen.tracking.projects.domain.ReceivedReport;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A report in a verifier's backlog: what it says, its evidence, who made it, and how long it has waited. */
public record PendingReportView(UUID signingId, String reportId, ReportType type, LocalDate on, Long cumulativeYuan,
                                LocalDate asOf, List<Evidence> evidence, String reportedBy, Instant reportedAt,
                                long waitingDays) {

    static PendingReportView of(ReceivedReport report, Clock clock) {
        return new PendingReportView(report.signingId(), report.reportId(), report.type(), report.on(),
                report.cumulativeYuan(), report.asOf(), report.evidence(), report.reportedBy(), report.reportedAt(),
                Duration.between(report.reportedAt(), Instant.now(clock)).toDays());
    }
}
