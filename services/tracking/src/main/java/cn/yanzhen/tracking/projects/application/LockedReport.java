package cn.yanzhen.tracking.projects.application;

import cn.yanzhen.contracts.tracking.ReportVerified.Verdict;
import cn.yanzhen.contracts.tracking.ReportVerified;
import cn.yanzhen.tracking.projects.domain.ReceivedReport;
import cn.yanzhen.tracking.projects.persistence.ReportEntity;
import java.time.Instant;

/** A project's report, locked with the project for a verifier's verdict (docs/contract.md §4.4.1). */
public final class LockedReport {

    private final ReportEntity report;

    LockedReport(ReportEntity report) {
        this.report = report;
    }

    public ReceivedReport received() {
        return report.received();
    }

    /** The note of the verdict it has; null while it has none. */
    public String verificationNote() {
        return report.verificationNote;
    }

    public boolean decided() {
        return report.verdict != null;
    }

    public void decide(Verdict verdict, String note, String verifier, Instant at) {
        report.decide(verdict, note, verifier, at);
    }

    /** Its verdict as published on {@code yanzhen.project-progress}. */
    public ReportVerified verdict() {
        return new ReportVerified(report.signingId, report.reportId, report.type, report.verdict,
                report.verificationNote, report.verifiedAt);
    }

    ReportEntity entity() {
        return report;
    }
}
