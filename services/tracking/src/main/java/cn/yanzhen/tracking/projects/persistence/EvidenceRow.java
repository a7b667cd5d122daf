package cn.yanzhen.tracking.projects.persistence;

import cn.yanzhen.contracts.tracking.Evidence;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;

/** One document behind a report, a row of {@code report_evidence}. */
@Embeddable
public class EvidenceRow {

    @Enumerated(EnumType.STRING)
    public Evidence.Kind kind;
    public String reference;
    public LocalDate issuedOn;

    static EvidenceRow of(Evidence evidence) {
        EvidenceRow row = new EvidenceRow();
        row.kind = evidence.kind();
        row.reference = evidence.reference();
        row.issuedOn = evidence.issuedOn();
        return row;
    }

    Evidence toEvidence() {
        return new Evidence(kind, reference, issuedOn);
    }
}
