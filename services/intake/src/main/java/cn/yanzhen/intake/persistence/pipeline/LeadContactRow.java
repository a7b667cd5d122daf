package cn.yanzhen.intake.persistence.pipeline;

import cn.yanzhen.contracts.pipeline.Lead;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.time.LocalDate;

/** One contact of a lead, as stored. */
@Embeddable
public class LeadContactRow {

    @Column(name = "on_date")
    public LocalDate on;
    public String note;
    public String contactedBy;
    public Instant recordedAt;

    static LeadContactRow of(LocalDate on, String note, String by, Instant at) {
        LeadContactRow row = new LeadContactRow();
        row.on = on;
        row.note = note;
        row.contactedBy = by;
        row.recordedAt = at;
        return row;
    }

    Lead.Contact toContact() {
        return new Lead.Contact(on, note, contactedBy, recordedAt);
    }
}
