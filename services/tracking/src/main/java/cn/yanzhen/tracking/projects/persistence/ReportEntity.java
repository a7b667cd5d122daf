package cn.yanzhen.tracking.projects.persistence;

import cn.yanzhen.contracts.tracking.Evidence;
import cn.yanzhen.contracts.tracking.ProjectProgressed.ReportType;
import cn.yanzhen.contracts.tracking.ProjectProgressed;
import cn.yanzhen.contracts.tracking.ReportVerified.Verdict;
import cn.yanzhen.tracking.projects.domain.Outcome;
import cn.yanzhen.tracking.projects.domain.Period;
import cn.yanzhen.tracking.projects.domain.ReceivedReport;
import cn.yanzhen.tracking.projects.domain.Report;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@Entity
@Table(name = "progress_report")
public class ReportEntity {

    @Id
    public String reportId;
    public UUID signingId;
    @Enumerated(EnumType.STRING)
    public ReportType type;
    @Column(name = "on_date")
    public LocalDate on;
    public Long cumulativeYuan;
    public LocalDate asOf;
    public boolean correction;
    public String reason;
    public String note;
    public Instant reportedAt;
    /** The order in which tracking received the report, numbered by the database. */
    @Column(insertable = false, updatable = false)
    public Long received;
    public String reportedBy;
    @ElementCollection
    @CollectionTable(name = "report_evidence", joinColumns = @JoinColumn(name = "report_id"))
    @OrderColumn(name = "position")
    public List<EvidenceRow> evidence = new ArrayList<>();
    @Enumerated(EnumType.STRING)
    public Verdict verdict;
    public String verificationNote;
    public String verifiedBy;
    public Instant verifiedAt;
    /** An OUTCOME report's period and figures (docs/contract.md §4.4.2); null for the other types. */
    public String period;
    public Long jobs;
    public Long outputValueYuan;
    public Long taxPaidYuan;

    static ReportEntity of(UUID signingId, Report report, String reportedBy, Instant now) {
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
        entity.reportedBy = reportedBy;
        report.evidence().forEach(document -> entity.evidence.add(EvidenceRow.of(document)));
        if (report.outcome() != null) {
            entity.period = report.outcome().period().toString();
            entity.jobs = report.outcome().jobs();
            entity.outputValueYuan = report.outcome().outputValueYuan();
            entity.taxPaidYuan = report.outcome().taxPaidYuan();
        }
        return entity;
    }

    public Report toReport() {
        Outcome outcome = period == null ? null
                : new Outcome(Period.parse(period).orElseThrow(), jobs, outputValueYuan, taxPaidYuan);
        return new Report(reportId, type, on, cumulativeYuan, asOf, correction, reason, note, evidence(), outcome);
    }

    /** What an OUTCOME report gave, as the contract shows it; null for the other types. */
    public ProjectProgressed.Outcome outcome() {
        return period == null ? null : new ProjectProgressed.Outcome(period, jobs, outputValueYuan, taxPaidYuan);
    }

    public List<Evidence> evidence() {
        return evidence.stream().map(EvidenceRow::toEvidence).toList();
    }

    public ReceivedReport received() {
        return new ReceivedReport(signingId, reportId, type, on, cumulativeYuan, asOf, evidence(), reportedBy,
                reportedAt, verdict);
    }

    public void decide(Verdict verdict, String note, String verifier, Instant at) {
        this.verdict = verdict;
        verificationNote = note;
        verifiedBy = verifier;
        verifiedAt = at;
    }
}
