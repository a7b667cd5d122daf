package cn.yanzhen.tracking.projects.domain;

import cn.yanzhen.contracts.tracking.Evidence;
import cn.yanzhen.contracts.tracking.ProjectProgressed.ReportType;
import java.time.LocalDate;
import java.util.List;

/**
 * A regional office's progress report (docs/contract.md §4.4, §4.6); fields a type does not use are null,
 * {@code note} is what a NO_CHANGE report says, {@code outcome} what an OUTCOME report gives for its period (§4.4.2),
 * and {@code evidence} is empty where none was given.
 */
public record Report(String reportId, ReportType type, LocalDate on, Long cumulativeYuan, LocalDate asOf,
                     boolean correction, String reason, String note, List<Evidence> evidence, Outcome outcome) {

    public Report {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    /** A report of any type but OUTCOME. */
    public Report(String reportId, ReportType type, LocalDate on, Long cumulativeYuan, LocalDate asOf,
                  boolean correction, String reason, String note, List<Evidence> evidence) {
        this(reportId, type, on, cumulativeYuan, asOf, correction, reason, note, evidence, null);
    }

    /** A report without a note or evidence. */
    public Report(String reportId, ReportType type, LocalDate on, Long cumulativeYuan, LocalDate asOf,
                  boolean correction, String reason) {
        this(reportId, type, on, cumulativeYuan, asOf, correction, reason, null, List.of());
    }

    /** Whether a verifier decides on reports of this type: those that move the figures of progress. */
    public static boolean verifiable(ReportType type) {
        return type == ReportType.COMMENCED || type == ReportType.IN_PRODUCTION || type == ReportType.INVESTMENT
                || type == ReportType.REACHED_DESIGN_CAPACITY;
    }
}
