package cn.yanzhen.intake.application.chain;

import cn.yanzhen.contracts.EventTypes;
import cn.yanzhen.contracts.Topics;
import cn.yanzhen.contracts.chain.IndustrialChain;
import cn.yanzhen.intake.persistence.chain.ChainEntity;
import cn.yanzhen.intake.persistence.chain.ChainStore;
import cn.yanzhen.platform.audit.AuditTrail;
import cn.yanzhen.platform.audit.AuditedChange;
import cn.yanzhen.platform.outbox.Outbox;
import cn.yanzhen.platform.outbox.OutgoingEvent;
import cn.yanzhen.platform.persistence.KeyLocks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A province sets one of its industrial chains (docs/contract.md §4.1.4): stored, published on {@code yanzhen.chains}
 * and audited in one transaction; the same chain again changes nothing.
 */
@ApplicationScoped
public class ChainRegistration {

    private static final String LOCKS = "chain";

    private final KeyLocks locks;
    private final ChainStore chains;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final Clock clock;

    ChainRegistration(KeyLocks locks, ChainStore chains, Outbox outbox, AuditTrail audit, Clock clock) {
        this.locks = locks;
        this.chains = chains;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    /** How a request left the chain: just created, changed, or as it was (the same chain again). */
    public enum Outcome { CREATED, CHANGED, UNCHANGED }

    public record Set(IndustrialChain chain, Outcome outcome) {
    }

    /** Sets the chain as {@code by} sent it; the caller has checked that {@code by} may set the province's chains. */
    @Transactional
    public Set set(IndustrialChain chain, String by) {
        locks.lock(LOCKS, List.of(chain.code()));
        Optional<ChainEntity> stored = chains.lock(chain.code());
        IndustrialChain before = stored.map(ChainEntity::toChain).orElse(null);
        if (chain.equals(before)) {
            return new Set(before, Outcome.UNCHANGED);
        }
        ChainEntity entity = stored.orElseGet(() -> ChainEntity.of(chain));
        entity.take(chain, by, Instant.now(clock));
        if (before == null) {
            chains.add(entity);
        }
        IndustrialChain after = entity.toChain();
        outbox.publish(new OutgoingEvent(Topics.CHAINS, EventTypes.CHAIN_CHANGED, chain.code(), after));
        audit.record(AuditedChange.of("chain.set", "chain", chain.code()).request(chain).before(before).after(after));
        return new Set(after, before == null ? Outcome.CREATED : Outcome.CHANGED);
    }
}
