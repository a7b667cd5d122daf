package cn.yanzhen.tracking.persistence;

import cn.yanzhen.contracts.tracking.ProjectProgressed.ReportType;
import cn.yanzhen.tracking.domain.Report;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Entity
@Table(name = "progress_report")
public class ReportEntity {

    @Id
    @Column(name = "report_id")
    public String reportId;
    @Column(name = "signing_id")
    public UUID signingId;
    @Enumerated(EnumType.STRING)
    public ReportType type;
    @Column(name = "on_date")
    public LocalDate on;
    @Column(name = "cumulative_yuan")
    public Long cumulativeYuan;
    @Column(name = "as_of")
    public LocalDate asOf;
    public boolean correction;
    public String reason;
    public String note;
    @Column(name = "reported_at")
    public Instant reportedAt;

    static ReportEntity of(UUID signingId, Report report, Instant now) {
        ReportEntity entity = new ReportEntity();
        entity.reportId = report.reportId();
        entity.signingId = signingId;
        entity.type = report.type();
        entity.on = report.on();
        entity.cumulativeYuan = report.cumulativeYuan();
        entity.asOf = report.asOf();
        entity.correction = report.correction();
        entity.reason = report.reason();
        entity.note = report.note();
        entity.reportedAt = now;
        return entity;
    }

    public Report toReport() {
        return new Report(reportId, type, on, cumulativeYuan, asOf, correction, reason, note);
    }
}
