package cn.yanzhen.contracts.alert;

import java.time.Instant;

/** Payload of {@code yanzhen.alert}. */
public record Alert(AlertCode code, Severity severity, String subject, String detail, Instant raisedAt) {

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
        OUTBOX_EVENT_PARKED
    }

    public enum Severity {
        INFO,
        WARNING,
        CRITICAL
    }
}
