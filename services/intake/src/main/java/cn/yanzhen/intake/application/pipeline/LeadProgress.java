package cn.yanzhen.intake.application.pipeline;

import cn.yanzhen.contracts.pipeline.Lead;
import cn.yanzhen.intake.domain.pipeline.LeadRefused;
import cn.yanzhen.intake.domain.pipeline.LeadRules;
import cn.yanzhen.intake.domain.pipeline.NewContact;
import cn.yanzhen.intake.domain.pipeline.StageMove;
import cn.yanzhen.intake.domain.pipeline.StageRules;
import cn.yanzhen.intake.persistence.pipeline.LeadEntity;
import cn.yanzhen.intake.persistence.pipeline.LeadStore;
import cn.yanzhen.platform.validation.Violations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A regional office works its pipeline (docs/contract.md §4.1.3): a lead moves to the next stage or is dropped, and
 * every contact with the firm is noted. Each change is stored, published and audited in one transaction; the same
 * request again changes nothing.
 */
@ApplicationScoped
public class LeadProgress {

    private final LeadStore leads;
    private final LeadChanges changes;
    private final Clock clock;

    LeadProgress(LeadStore leads, LeadChanges changes, Clock clock) {
        this.leads = leads;
        this.changes = changes;
        this.clock = clock;
    }

    @Transactional
    public LeadChange move(String leadId, StageMove move, String by) {
        LeadEntity lead = locked(leadId);
        if (lead.isLatest(move)) {
            return new LeadChange(lead.toLead(), false);
        }
        Violations violations = new Violations();
        StageRules.check(move, lead.stageOn, LocalDate.now(clock), violations);
        violations.throwIfAny("The move is invalid; nothing was changed.");
        StageRules.refusal(lead.stage, move.stage()).ifPresent(why -> {
            throw LeadRefused.conflict("The move is refused: " + why);
        });
        Lead before = lead.toLead();
        lead.take(move, by, Instant.now(clock));
        return new LeadChange(changes.applied(lead, before, "lead.move", move), true);
    }

    @Transactional
    public LeadChange contact(String leadId, NewContact contact, String by) {
        LeadEntity lead = locked(leadId);
        if (lead.hasContact(contact)) {
            return new LeadChange(lead.toLead(), false);
        }
        if (lead.contacts.size() >= LeadRules.MAX_CONTACTS) {
            throw LeadRefused.conflict("Lead " + leadId + " already has " + LeadRules.MAX_CONTACTS
                    + " contacts, as many as a lead keeps.");
        }
        Violations violations = new Violations();
        LeadRules.check(contact, lead.firstContactOn, LocalDate.now(clock), violations);
        violations.throwIfAny("The contact is invalid; nothing was stored.");
        Lead before = lead.toLead();
        lead.contact(contact, by, Instant.now(clock));
        return new LeadChange(changes.applied(lead, before, "lead.contact", contact), true);
    }

    private LeadEntity locked(String leadId) {
        return leads.lock(leadId).orElseThrow(() -> LeadRefused.unknown("No lead has id " + leadId + "."));
    }
}
