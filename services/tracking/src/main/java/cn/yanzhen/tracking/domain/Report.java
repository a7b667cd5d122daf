package cn.yanzhen.tracking.domain;

import cn.yanzhen.contracts.tracking.ProjectProgressed.ReportType;
import java.time.LocalDate;

/** A regional office's progress report (docs/contract.md §4.4, §4.6); fields a type does not use are null. */
public record Report(String reportId, ReportType type, LocalDate on, Long cumulativeYuan, LocalDate asOf,
                     boolean correction, String reason, String note) {
}
