package cn.yanzhen.tracking.projects.domain;

import cn.yanzhen.contracts.tracking.Evidence;
import cn.yanzhen.contracts.tracking.ProjectProgressed.ReportType;
import cn.yanzhen.contracts.tracking.ReportVerified.Verdict;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A progress report as tracking received it: what it says, who made it and when, and its verdict (null while none). */
public record ReceivedReport(UUID signingId, String reportId, ReportType type, LocalDate on, Long cumulativeYuan,
                             LocalDate asOf, List<Evidence> evidence, String reportedBy, Instant reportedAt,
                             Verdict verdict) {

    /** Whether the report waits for a verifier. */
    public boolean awaitsVerification() {
        return Report.verifiable(type) && verdict == null;
    }
}
