package cn.yanzhen.intake.application.pipeline;

import cn.yanzhen.contracts.reference.RegionDirectory;
import cn.yanzhen.intake.domain.pipeline.LeadRefused;
import cn.yanzhen.intake.domain.pipeline.NewLead;
import cn.yanzhen.intake.persistence.chain.ChainStore;
import cn.yanzhen.intake.persistence.pipeline.LeadEntity;
import cn.yanzhen.intake.persistence.pipeline.LeadStore;
import cn.yanzhen.platform.persistence.KeyLocks;
import cn.yanzhen.platform.validation.Violations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A regional office puts a project into its pipeline (docs/contract.md §4.1.3): stored at 线索 (LEAD), published and
 * audited in one transaction. The same lead again changes nothing; another under its id is refused.
 */
@ApplicationScoped
public class LeadRecording {

    private static final String LOCKS = "lead";

    private final KeyLocks locks;
    private final LeadStore leads;
    private final ChainStore chains;
    private final RegionDirectory regions;
    private final LeadChanges changes;
    private final Clock clock;

    LeadRecording(KeyLocks locks, LeadStore leads, ChainStore chains, RegionDirectory regions, LeadChanges changes,
                  Clock clock) {
        this.locks = locks;
        this.leads = leads;
        this.chains = chains;
        this.regions = regions;
        this.changes = changes;
        this.clock = clock;
    }

    /** Records the lead {@code by} asked for, or refuses it ({@link LeadRefused}) unchanged. */
    @Transactional
    public LeadChange record(NewLead lead, String by) {
        locks.lock(LOCKS, List.of(lead.leadId()));
        Optional<LeadEntity> earlier = leads.find(lead.leadId());
        if (earlier.isPresent()) {
            if (!earlier.get().asRecorded().equals(lead)) {
                throw LeadRefused.conflict("leadId " + lead.leadId() + " was already used for a different lead.");
            }
            return new LeadChange(earlier.get().toLead(), false);
        }
        refuseAnUnknownChain(lead);
        LeadEntity stored = LeadEntity.recorded(lead, by, Instant.now(clock));
        leads.add(stored);
        return new LeadChange(changes.applied(stored, null, "lead.record", lead), true);
    }

    /** The chain a lead names is one of the province its destination lies in. */
    private void refuseAnUnknownChain(NewLead lead) {
        if (lead.chainCode() == null) {
            return;
        }
        boolean known = chains.find(lead.chainCode())
                .filter(chain -> regions.isWithin(lead.destinationRegion(), chain.province)).isPresent();
        if (!known) {
            Violations violations = new Violations();
            violations.add("chainCode", "不是目的地所在省份的产业链 / is not an industrial chain of the province "
                    + lead.destinationRegion() + " lies in (GET /api/chains/suggestions)");
            violations.throwIfAny("The lead is invalid; nothing was stored.");
        }
    }
}
