package cn.yanzhen.contracts.tracking;

import java.time.Instant;
import java.util.UUID;

/**
 * Payload of {@code yanzhen.project.report-verified}: a verifier confirmed or rejected one progress report.
 * Key: signingId, so it follows the report on {@code yanzhen.project-progress}.
 */
public record ReportVerified(UUID signingId, String reportId, ProjectProgressed.ReportType reportType,
                             Verdict verdict, String note, Instant verifiedAt) {

    public enum Verdict {
        VERIFIED,
        REJECTED
    }
}
