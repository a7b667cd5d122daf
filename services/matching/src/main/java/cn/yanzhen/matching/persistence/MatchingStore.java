package cn.yanzhen.matching.persistence;

import cn.yanzhen.contracts.EventTypes;
import cn.yanzhen.contracts.Topics;
import cn.yanzhen.contracts.alert.Alert;
import cn.yanzhen.contracts.capacity.RegionCapacity;
import cn.yanzhen.contracts.matching.SigningMatched;
import cn.yanzhen.contracts.reference.IndustryCatalogue;
import cn.yanzhen.contracts.reference.Region;
import cn.yanzhen.contracts.reference.RegionDirectory;
import cn.yanzhen.contracts.signing.Signing;
import cn.yanzhen.matching.domain.Alternatives;
import cn.yanzhen.matching.domain.Evaluation;
import cn.yanzhen.matching.domain.MatchingSettings;
import cn.yanzhen.matching.domain.ReasonCode;
import cn.yanzhen.matching.domain.RegionFactsFactory;
import cn.yanzhen.matching.domain.Scorer;
import cn.yanzhen.matching.domain.SigningFacts;
import cn.yanzhen.platform.api.ProblemException;
import cn.yanzhen.platform.messaging.IdempotentConsumer;
import cn.yanzhen.platform.messaging.IncomingEvent;
import cn.yanzhen.platform.outbox.Outbox;
import cn.yanzhen.platform.outbox.OutgoingEvent;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Evaluates signings against matching's view of capacity and publishes each result through the outbox,
 * in the same transaction as the record of it. Every evaluation is kept; the newest is current.
 */
@ApplicationScoped
public class MatchingStore {

    static final String CONSUMER = "matching";

    private final EntityManager entityManager;
    private final CapacityViews capacityViews;
    private final IdempotentConsumer idempotentConsumer;
    private final Outbox outbox;
    private final Scorer scorer;
    private final MatchingSettings settings;
    private final RegionDirectory regions;
    private final IndustryCatalogue industries;
    private final ObjectMapper json;
    private final Clock clock;

    MatchingStore(EntityManager entityManager, CapacityViews capacityViews, IdempotentConsumer idempotentConsumer,
                  Outbox outbox, Scorer scorer, MatchingSettings settings, RegionDirectory regions,
                  IndustryCatalogue industries, ObjectMapper json, Clock clock) {
        this.entityManager = entityManager;
        this.capacityViews = capacityViews;
        this.idempotentConsumer = idempotentConsumer;
        this.outbox = outbox;
        this.scorer = scorer;
        this.settings = settings;
        this.regions = regions;
        this.industries = industries;
        this.json = json;
        this.clock = clock;
    }

    /** A registered signing is remembered and matched once, whatever the redeliveries. */
    @Transactional
    public void applyRegistered(IncomingEvent<Signing> event) {
        if (!idempotentConsumer.firstDelivery(CONSUMER, event.eventId())) {
            return;
        }
        Signing signing = event.payload();
        if (entityManager.find(SigningFactsEntity.class, signing.id()) != null) {
            return;
        }
        SigningFactsEntity facts = remember(signing);
        entityManager.persist(facts);
        entityManager.flush();
        publishEvaluation(facts);
    }

    /** A withdrawn signing no longer counts towards homogeneous competition and cannot be re-matched. */
    @Transactional
    public void applyWithdrawn(IncomingEvent<Signing> event) {
        if (!idempotentConsumer.firstDelivery(CONSUMER, event.eventId())) {
            return;
        }
        SigningFactsEntity facts = entityManager.find(SigningFactsEntity.class, event.payload().id());
        if (facts != null) {
            facts.withdrawn = true;
        }
    }

    /** Evaluates a known signing again against today's capacity and publishes the new result. */
    @Transactional
    public Optional<SigningMatched> rematch(UUID signingId) {
        SigningFactsEntity facts = entityManager.find(SigningFactsEntity.class, signingId);
        if (facts == null) {
            return Optional.empty();
        }
        if (facts.withdrawn) {
            throw ProblemException.conflict("Signing " + signingId + " was withdrawn; it is not matched again.");
        }
        return Optional.of(publishEvaluation(facts));
    }

    private SigningMatched publishEvaluation(SigningFactsEntity stored) {
        SigningFacts signing = stored.toFacts(industries.factorClass(stored.industryCode));
        Map<String, RegionCapacity> capacity = capacityViews.all();
        RegionFactsFactory facts = new RegionFactsFactory(regions, capacity, competingRegions(stored));
        int originTier = facts.tierOf(signing.originRegion());
        Evaluation chosen = scorer.evaluate(signing, originTier, facts.of(signing.destinationRegion()));
        List<Evaluation> others = capacity.keySet().stream()
                .filter(code -> !code.equals(signing.destinationRegion()))
                .map(code -> scorer.evaluate(signing, originTier, facts.of(code)))
                .toList();
        SigningMatched result = new SigningMatched(stored.signingId, stored.eventCode, signing.destinationRegion(),
                signing.industryCode(), signing.factorClass().name(), chosen.score(), chosen.verdict(),
                chosen.reasons().stream().map(reason -> new SigningMatched.Reason(reason.code().name(),
                        reason.weight(), reason.detail())).toList(),
                Alternatives.better(chosen, others).stream()
                        .map(better -> new SigningMatched.Alternative(better.region(), better.score())).toList(),
                new SigningMatched.CapacityRequest(signing.landHa(), signing.energyGwhPerYear(), signing.jobs()),
                Instant.now(clock));
        UUID eventId = outbox.publish(new OutgoingEvent(Topics.MATCHES, EventTypes.SIGNING_MATCHED,
                stored.signingId.toString(), result));
        record(eventId, result);
        if (chosen.has(ReasonCode.HOMOGENEOUS_COMPETITION)) {
            raiseCompetitionAlertOnce(stored, chosen);
        }
        return result;
    }

    private void record(UUID eventId, SigningMatched result) {
        entityManager.createQuery("update MatchResultEntity set current = false where signingId = :id and current")
                .setParameter("id", result.signingId())
                .executeUpdate();
        MatchResultEntity entity = new MatchResultEntity();
        entity.eventId = eventId;
        entity.signingId = result.signingId();
        entity.current = true;
        entity.eventCode = result.eventCode();
        entity.destinationRegion = result.destinationRegion();
        entity.verdict = result.verdict().name();
        entity.score = result.score();
        entity.result = write(result);
        entity.matchedAt = result.matchedAt();
        entityManager.persist(entity);
    }

    /** For the signing's 3-digit group: distinct other destinations per zone within the window. */
    private Map<String, Integer> competingRegions(SigningFactsEntity signing) {
        Map<String, Integer> byZone = new HashMap<>();
        if (signing.industryGroup == null) {
            return byZone;
        }
        List<?> rows = entityManager.createNativeQuery("select destination_zone, count(distinct destination_region)"
                        + " from signing_facts where industry_group = ?1 and not withdrawn and signing_id <> ?2"
                        + " and signed_on between ?3 and ?4 group by destination_zone")
                .setParameter(1, signing.industryGroup)
                .setParameter(2, signing.signingId)
                .setParameter(3, signing.signedOn.minusDays(settings.competitionWindowDays()))
                .setParameter(4, signing.signedOn)
                .getResultList();
        rows.forEach(row -> {
            Object[] columns = (Object[]) row;
            byZone.put((String) columns[0], ((Number) columns[1]).intValue());
        });
        return byZone;
    }

    private void raiseCompetitionAlertOnce(SigningFactsEntity signing, Evaluation chosen) {
        int inserted = entityManager.createNativeQuery("insert into competition_alert (zone, industry_group, raised_at)"
                        + " values (?1, ?2, ?3) on conflict do nothing")
                .setParameter(1, signing.destinationZone)
                .setParameter(2, signing.industryGroup)
                .setParameter(3, Instant.now(clock))
                .executeUpdate();
        if (inserted == 0) {
            return;
        }
        String subject = signing.destinationZone + ":" + signing.industryGroup;
        String detail = chosen.reasons().stream().filter(reason -> reason.code() == ReasonCode.HOMOGENEOUS_COMPETITION)
                .findFirst().map(reason -> reason.detail()).orElse("");
        outbox.publish(new OutgoingEvent(Topics.ALERTS, EventTypes.ALERT, subject, new Alert(
                Alert.AlertCode.HOMOGENEOUS_COMPETITION, Alert.Severity.WARNING, subject,
                "Homogeneous competition in " + subject + ": " + detail, Instant.now(clock))));
    }

    private SigningFactsEntity remember(Signing signing) {
        Region destination = regions.find(signing.destinationRegion()).orElseThrow(() ->
                new IllegalArgumentException("destination " + signing.destinationRegion() + " is not in the reference data"));
        SigningFactsEntity facts = new SigningFactsEntity();
        facts.signingId = signing.id();
        facts.eventCode = signing.eventCode();
        facts.originRegion = signing.investor().originRegion();
        facts.destinationRegion = signing.destinationRegion();
        facts.destinationZone = destination.zone().name();
        facts.industryCode = signing.industryCode();
        facts.industryGroup = SigningFacts.groupOf(signing.industryCode());
        facts.signedOn = signing.signedOn();
        facts.landHa = signing.landHa() == null ? 0 : signing.landHa();
        facts.energyGwhPerYear = signing.energyGwhPerYear() == null ? 0 : signing.energyGwhPerYear();
        facts.jobs = signing.expectedJobs() == null ? 0 : signing.expectedJobs();
        return facts;
    }

    private String write(SigningMatched result) {
        try {
            return json.writeValueAsString(result);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
