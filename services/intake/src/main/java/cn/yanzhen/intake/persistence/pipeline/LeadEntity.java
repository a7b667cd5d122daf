package cn.yanzhen.intake.persistence.pipeline;

import cn.yanzhen.contracts.pipeline.Lead;
import cn.yanzhen.contracts.pipeline.LeadStage;
import cn.yanzhen.contracts.signing.Investor;
import cn.yanzhen.intake.domain.pipeline.Conversion;
import cn.yanzhen.intake.domain.pipeline.NewContact;
import cn.yanzhen.intake.domain.pipeline.NewLead;
import cn.yanzhen.intake.domain.pipeline.StageMove;
import jakarta.persistence.CollectionTable;
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
import java.util.Objects;
import java.util.UUID;

@Entity
@Table(name = "lead")
public class LeadEntity {

    @Id
    public String leadId;
    public String firmName;
    public String firmCreditCode;
    public String firmOriginRegion;
    public String projectName;
    public String destinationRegion;
    public String industryCode;
    public String chainCode;
    public long expectedInvestmentYuan;
    public String officer;
    @Enumerated(EnumType.STRING)
    public LeadStage stage;
    public LocalDate stageOn;
    public LocalDate firstContactOn;
    public UUID signingId;
    public String eventCode;
    public LocalDate signedOn;
    public String droppedBecause;
    public String recordedBy;
    public Instant recordedAt;
    @ElementCollection
    @CollectionTable(name = "lead_contact", joinColumns = @JoinColumn(name = "lead_id"))
    @OrderColumn(name = "seq")
    public List<LeadContactRow> contacts = new ArrayList<>();
    @ElementCollection
    @CollectionTable(name = "lead_stage_change", joinColumns = @JoinColumn(name = "lead_id"))
    @OrderColumn(name = "seq")
    public List<LeadStageRow> history = new ArrayList<>();

    /** A new lead at 线索 (LEAD) from its first contact, which is its first contact and its first stage. */
    public static LeadEntity recorded(NewLead lead, String by, Instant at) {
        LeadEntity entity = new LeadEntity();
        entity.leadId = lead.leadId();
        entity.firmName = lead.firm().name();
        entity.firmCreditCode = lead.firm().creditCode();
        entity.firmOriginRegion = lead.firm().originRegion();
        entity.projectName = lead.projectName();
        entity.destinationRegion = lead.destinationRegion();
        entity.industryCode = lead.industryCode();
        entity.chainCode = lead.chainCode();
        entity.expectedInvestmentYuan = lead.expectedInvestmentYuan();
        entity.officer = lead.officer();
        entity.firstContactOn = lead.firstContactOn();
        entity.recordedBy = by;
        entity.recordedAt = at;
        entity.contacts.add(LeadContactRow.of(lead.firstContactOn(), null, by, at));
        entity.reach(LeadStage.LEAD, lead.firstContactOn(), null, by, at);
        return entity;
    }

    /** The request that recorded it, to tell the same request again from another under its id. */
    public NewLead asRecorded() {
        return new NewLead(leadId, new Investor(firmName, firmCreditCode, firmOriginRegion), projectName,
                destinationRegion, industryCode, chainCode, expectedInvestmentYuan, officer, firstContactOn);
    }

    public void take(StageMove move, String by, Instant at) {
        if (move.stage() == LeadStage.DROPPED) {
            droppedBecause = move.note();
        }
        reach(move.stage(), move.on(), move.note(), by, at);
    }

    /** Whether the move is the lead's latest change: the same request again. */
    public boolean isLatest(StageMove move) {
        LeadStageRow latest = history.get(history.size() - 1);
        return latest.stage == move.stage() && latest.on.equals(move.on())
                && Objects.equals(latest.note, move.note());
    }

    public boolean hasContact(NewContact contact) {
        return contacts.stream().anyMatch(row -> row.on.equals(contact.on())
                && Objects.equals(row.note, contact.note()));
    }

    public void contact(NewContact contact, String by, Instant at) {
        contacts.add(LeadContactRow.of(contact.on(), contact.note(), by, at));
    }

    public void convert(UUID signing, String event, LocalDate signed, String by, Instant at) {
        signingId = signing;
        eventCode = event;
        signedOn = signed;
        reach(LeadStage.SIGNED, signed, null, by, at);
    }

    public Conversion.LeadSide conversionSide() {
        return new Conversion.LeadSide(leadId, stage, signingId, destinationRegion, firstContactOn);
    }

    public Lead toLead() {
        return new Lead(leadId, new Investor(firmName, firmCreditCode, firmOriginRegion), projectName,
                destinationRegion, industryCode, chainCode, expectedInvestmentYuan, officer, stage, firstContactOn,
                contacts.stream().map(LeadContactRow::toContact).toList(),
                history.stream().map(LeadStageRow::toChange).toList(),
                signingId == null ? null : new Lead.Conversion(signingId, eventCode, signedOn), droppedBecause);
    }

    private void reach(LeadStage next, LocalDate on, String note, String by, Instant at) {
        stage = next;
        stageOn = on;
        history.add(LeadStageRow.of(next, on, note, by, at));
    }
}
