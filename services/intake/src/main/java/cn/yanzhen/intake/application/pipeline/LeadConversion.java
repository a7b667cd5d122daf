package cn.yanzhen.intake.application.pipeline;

import cn.yanzhen.contracts.pipeline.Lead;
import cn.yanzhen.contracts.reference.RegionDirectory;
import cn.yanzhen.contracts.signing.SigningStatus;
import cn.yanzhen.intake.domain.pipeline.Conversion;
import cn.yanzhen.intake.domain.pipeline.LeadRefused;
import cn.yanzhen.intake.persistence.SigningEntity;
import cn.yanzhen.intake.persistence.SigningStore;
import cn.yanzhen.intake.persistence.pipeline.LeadEntity;
import cn.yanzhen.intake.persistence.pipeline.LeadStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A lead becomes the signing it led to (docs/contract.md §4.1.3): the lead reaches 签约 (SIGNED) on the day signed
 * and names the signing, the signing names the lead; stored, published and audited in one transaction.
 */
@ApplicationScoped
public class LeadConversion {

    private final LeadStore leads;
    private final SigningStore signings;
    private final LeadChanges changes;
    private final RegionDirectory regions;
    private final Clock clock;

    LeadConversion(LeadStore leads, SigningStore signings, LeadChanges changes, RegionDirectory regions, Clock clock) {
        this.leads = leads;
        this.signings = signings;
        this.changes = changes;
        this.regions = regions;
        this.clock = clock;
    }

    @Transactional
    public LeadChange convert(String leadId, UUID signingId, String by) {
        LeadEntity lead = leads.lock(leadId).orElseThrow(() -> LeadRefused.unknown("No lead has id " + leadId + "."));
        SigningEntity signing = signings.lock(signingId).orElseThrow(() -> LeadRefused.unknown("No signing has id "
                + signingId + "."));
        Conversion.SigningSide side = new Conversion.SigningSide(signing.id, signing.destinationRegion,
                signing.signedOn, signing.status == SigningStatus.WITHDRAWN, signing.leadId);
        if (Conversion.alreadyDone(lead.conversionSide(), side)) {
            return new LeadChange(lead.toLead(), false);
        }
        Conversion.refusal(lead.conversionSide(), side, regions).ifPresent(why -> {
            throw LeadRefused.conflict(why);
        });
        Lead before = lead.toLead();
        lead.convert(signing.id, signing.eventCode, signing.signedOn, by, Instant.now(clock));
        signing.leadId = lead.leadId;
        return new LeadChange(changes.applied(lead, before, "lead.convert", Map.of("signingId", signingId)), true);
    }
}
