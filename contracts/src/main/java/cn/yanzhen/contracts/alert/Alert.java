package cn.yanzhen.contracts.alert;

import java.time.Instant;

/**
 * Payload of {@code yanzhen.alert}. {@code subjectName} names a project subject as its signing did, so that whoever
 * shows the alert needs no copy of the signings; null where the subject names itself (a region, a zone and group) or
 * the raiser does not know the name.
 */
public record Alert(AlertCode code, Severity severity, String subject, String detail, Instant raisedAt,
                    String subjectName) {

    public Alert(AlertCode code, Severity severity, String subject, String detail, Instant raisedAt) {
        this(code, severity, subject, detail, raisedAt, null);
    }

    public enum AlertCode {
        OVERDUE_COMMENCEMENT,
        INVESTMENT_STALLED,
        INVESTMENT_EXCEEDS_SIGNED,
        CAPACITY_OVERCOMMITTED,
        HOMOGENEOUS_COMPETITION,
        REPORT_REJECTED,
        MISSED_REPORT,
        OBSTACLE_UNRESOLVED,
        JOBS_SHORTFALL,
        OUTBOX_EVENT_PARKED,
        OUTPUT_SHORTFALL,
        APPROVAL_OVERDUE
    }

    public enum Severity {
        INFO,
        WARNING,
        CRITICAL
    }
}
