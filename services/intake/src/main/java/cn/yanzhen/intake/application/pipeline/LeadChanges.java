package cn.yanzhen.intake.application.pipeline;

import cn.yanzhen.contracts.EventTypes;
import cn.yanzhen.contracts.Topics;
import cn.yanzhen.contracts.pipeline.Lead;
import cn.yanzhen.intake.persistence.pipeline.LeadEntity;
import cn.yanzhen.platform.audit.AuditTrail;
import cn.yanzhen.platform.audit.AuditedChange;
import cn.yanzhen.platform.outbox.Outbox;
import cn.yanzhen.platform.outbox.OutgoingEvent;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * What every accepted change of a lead does besides storing it, in the caller's transaction: the lead is published
 * with its contacts and stages on {@code yanzhen.pipeline}, and the change is audited.
 */
@ApplicationScoped
class LeadChanges {

    private final Outbox outbox;
    private final AuditTrail audit;

    LeadChanges(Outbox outbox, AuditTrail audit) {
        this.outbox = outbox;
        this.audit = audit;
    }

    /** The lead after the change {@code action} asked by {@code request}; {@code before} is null for a new lead. */
    Lead applied(LeadEntity lead, Lead before, String action, Object request) {
        Lead after = lead.toLead();
        outbox.publish(new OutgoingEvent(Topics.PIPELINE, EventTypes.LEAD_CHANGED, lead.leadId, after));
        audit.record(AuditedChange.of(action, "lead", lead.leadId).request(request).before(before).after(after));
        return after;
    }
}
