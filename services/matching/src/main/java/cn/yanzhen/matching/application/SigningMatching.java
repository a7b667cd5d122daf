package cn.yanzhen.matching.application;

import cn.yanzhen.contracts.EventTypes;
import cn.yanzhen.contracts.matching.SigningMatched;
import cn.yanzhen.contracts.reference.IndustryCatalogue;
import cn.yanzhen.contracts.reference.RegionDirectory;
import cn.yanzhen.contracts.signing.Signing;
import cn.yanzhen.matching.domain.CompetitionIndex;
import cn.yanzhen.matching.domain.MatchingSettings;
import cn.yanzhen.matching.domain.Matchmaker;
import cn.yanzhen.matching.domain.SigningFacts;
import cn.yanzhen.matching.domain.SigningWithdrawn;
import cn.yanzhen.matching.persistence.CapacityViews;
import cn.yanzhen.matching.persistence.CompetitionAlerts;
import cn.yanzhen.matching.persistence.ParkCapacityViews;
import cn.yanzhen.matching.persistence.MatchResults;
import cn.yanzhen.matching.persistence.SigningFactsEntity;
import cn.yanzhen.matching.persistence.SigningFactsRepository;
import cn.yanzhen.platform.audit.AuditTrail;
import cn.yanzhen.platform.audit.AuditedChange;
import cn.yanzhen.platform.consumer.Routes;
import cn.yanzhen.platform.messaging.IncomingEvent;
import cn.yanzhen.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Matches every registered signing against matching's view of capacity, remembers withdrawals, and
 * re-matches a signing on request; each result is recorded and published through the outbox in the
 * same transaction. Every evaluation is kept; the newest is current.
 */
@ApplicationScoped
public class SigningMatching {

    static final String CONSUMER = "matching";

    private final MatchingBatch.Tools tools;
    private final CapacityViews capacityViews;
    private final ParkCapacityViews parkViews;
    private final MatchingSettings settings;
    private final AuditTrail audit;
    private final Clock clock;
    private final Routes<MatchingBatch> signings;

    SigningMatching(SigningFactsRepository facts, MatchResults results, CompetitionAlerts alerts, Outbox outbox,
                    Matchmaker matchmaker, RegionDirectory regions, IndustryCatalogue industries,
                    CapacityViews capacityViews, ParkCapacityViews parkViews, MatchingSettings settings,
                    AuditTrail audit, Clock clock) {
        this.tools = new MatchingBatch.Tools(facts, results, alerts, outbox, matchmaker, regions, industries);
        this.capacityViews = capacityViews;
        this.parkViews = parkViews;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
        this.signings = Routes.of(CONSUMER, this::open)
                .on(EventTypes.SIGNING_REGISTERED, Signing.class, MatchingBatch::registered)
                .on(EventTypes.SIGNING_WITHDRAWN, Signing.class, MatchingBatch::withdrawn)
                .ignore(EventTypes.SIGNING_REPEAT_CHANGED)
                .finishing(MatchingBatch::finish);
    }

    public Routes<?> signings() {
        return signings;
    }

    /**
     * Evaluates a known signing again against today's capacity, publishes the new result and audits the
     * change from {@code current}; empty when the signing is not known.
     */
    @Transactional
    public Optional<SigningMatched> rematch(SigningMatched current) {
        UUID signingId = current.signingId();
        Optional<SigningFactsEntity> found = tools.facts().lock(signingId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        SigningFactsEntity facts = found.get();
        if (facts.withdrawn) {
            throw new SigningWithdrawn("Signing " + signingId + " was withdrawn; it is not matched again.");
        }
        Set<String> groups = facts.industryGroup == null ? Set.of() : Set.of(facts.industryGroup);
        MatchingBatch batch = batchFor(Map.of(signingId, facts), groups, Collections.singleton(facts.parkCode),
                List.of(facts.signedOn));
        SigningMatched result = batch.rematch(facts);
        batch.finish();
        audit.record(AuditedChange.of("match.rematch", "match", signingId).before(current).after(result));
        return Optional.of(result);
    }

    private MatchingBatch open(List<IncomingEvent<?>> events) {
        List<Signing> signingsOfBatch = events.stream().map(event -> (Signing) event.payload()).toList();
        Map<UUID, SigningFactsEntity> known = tools.facts().lockAll(
                signingsOfBatch.stream().map(Signing::id).collect(Collectors.toSet()));
        Set<String> groups = signingsOfBatch.stream().map(signing -> SigningFacts.groupOf(signing.industryCode()))
                .filter(Objects::nonNull).collect(Collectors.toSet());
        Set<String> parks = signingsOfBatch.stream().map(Signing::parkCode).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        return batchFor(known, groups, parks, signingsOfBatch.stream().map(Signing::signedOn).toList());
    }

    private MatchingBatch batchFor(Map<UUID, SigningFactsEntity> known, Set<String> groups, Set<String> parks,
                                   Collection<LocalDate> signedOn) {
        LocalDate first = signedOn.stream().min(LocalDate::compareTo).orElseThrow();
        LocalDate last = signedOn.stream().max(LocalDate::compareTo).orElseThrow();
        int window = settings.competitionWindowDays();
        CompetitionIndex competition = tools.facts().competition(groups, first.minusDays(window), last, window);
        return new MatchingBatch(tools, new HashMap<>(known), capacityViews.all(), parkViews.of(parks), competition,
                Instant.now(clock));
    }
}
