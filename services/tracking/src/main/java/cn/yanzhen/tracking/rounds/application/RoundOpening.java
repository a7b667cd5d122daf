package cn.yanzhen.tracking.rounds.application;

import cn.yanzhen.contracts.EventTypes;
import cn.yanzhen.contracts.Topics;
import cn.yanzhen.contracts.tracking.ReportingRound;
import cn.yanzhen.platform.audit.AuditTrail;
import cn.yanzhen.platform.audit.AuditedChange;
import cn.yanzhen.platform.outbox.Outbox;
import cn.yanzhen.platform.outbox.OutgoingEvent;
import cn.yanzhen.platform.persistence.KeyLocks;
import cn.yanzhen.tracking.rounds.domain.Round;
import cn.yanzhen.tracking.rounds.domain.RoundConflict;
import cn.yanzhen.tracking.rounds.persistence.RoundEntity;
import cn.yanzhen.tracking.rounds.persistence.RoundRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Opens a reporting round: stored, published on {@code yanzhen.rounds} with its reporting rates as they
 * stand, and audited, in one transaction. The same round again changes nothing; another under its code is
 * refused.
 */
@ApplicationScoped
public class RoundOpening {

    private static final String LOCKS = "round";

    private final KeyLocks locks;
    private final RoundRepository rounds;
    private final RoundFigures figures;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final Clock clock;

    RoundOpening(KeyLocks locks, RoundRepository rounds, RoundFigures figures, Outbox outbox, AuditTrail audit,
                 Clock clock) {
        this.locks = locks;
        this.rounds = rounds;
        this.figures = figures;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    /** The round as opened, and whether this request opened it. */
    public record Opened(ReportingRound round, boolean created) {
    }

    @Transactional
    public Opened open(Round round) {
        locks.lock(LOCKS, List.of(round.code()));
        Optional<RoundEntity> existing = rounds.find(round.code());
        if (existing.isPresent()) {
            if (!existing.get().round().equals(round)) {
                throw new RoundConflict("Round " + round.code() + " was already opened with scope "
                        + existing.get().scope + " from " + existing.get().opensOn + " to " + existing.get().dueOn
                        + "; a new round needs a new code.");
            }
            return new Opened(figures.of(existing.get()), false);
        }
        ReportingRound opened = figures.of(rounds.add(round, Instant.now(clock)));
        outbox.publish(new OutgoingEvent(Topics.ROUNDS, EventTypes.ROUND_OPENED, round.code(), opened));
        audit.record(AuditedChange.of("round.open", "round", round.code()).request(round).after(opened));
        return new Opened(opened, true);
    }
}
