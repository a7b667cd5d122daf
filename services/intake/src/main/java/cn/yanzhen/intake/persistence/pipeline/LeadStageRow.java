package cn.yanzhen.intake.persistence.pipeline;

import cn.yanzhen.contracts.pipeline.Lead;
import cn.yanzhen.contracts.pipeline.LeadStage;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.time.LocalDate;

/** One stage a lead reached, as stored. */
@Embeddable
public class LeadStageRow {

    @Enumerated(EnumType.STRING)
    public LeadStage stage;
    @Column(name = "on_date")
    public LocalDate on;
    public String note;
    public String changedBy;
    public Instant changedAt;

    static LeadStageRow of(LeadStage stage, LocalDate on, String note, String by, Instant at) {
        LeadStageRow row = new LeadStageRow();
        row.stage = stage;
        row.on = on;
        row.note = note;
        row.changedBy = by;
        row.changedAt = at;
        return row;
    }

    Lead.StageChange toChange() {
        return new Lead.StageChange(stage, on, note, changedBy, changedAt);
    }
}
