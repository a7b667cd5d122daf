package cn.yanzhen.matching.application;

import cn.yanzhen.contracts.EventTypes;
import cn.yanzhen.contracts.Topics;
import cn.yanzhen.contracts.alert.Alert;
import cn.yanzhen.contracts.capacity.ParkCapacity;
import cn.yanzhen.contracts.capacity.RegionCapacity;
import cn.yanzhen.contracts.matching.SigningMatched;
import cn.yanzhen.contracts.reference.IndustryCatalogue;
import cn.yanzhen.contracts.reference.Region;
import cn.yanzhen.contracts.reference.RegionDirectory;
import cn.yanzhen.contracts.signing.Signing;
import cn.yanzhen.matching.domain.CompetitionIndex;
import cn.yanzhen.matching.domain.Evaluation;
import cn.yanzhen.matching.domain.Matchmaker;
import cn.yanzhen.matching.domain.ReasonCode;
import cn.yanzhen.matching.persistence.CompetitionAlerts;
import cn.yanzhen.matching.persistence.MatchResults;
import cn.yanzhen.matching.persistence.SigningFactsEntity;
import cn.yanzhen.matching.persistence.SigningFactsRepository;
import cn.yanzhen.platform.messaging.IncomingEvent;
import cn.yanzhen.platform.messaging.PoisonRecordException;
import cn.yanzhen.platform.outbox.Outbox;
import cn.yanzhen.platform.outbox.OutgoingEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * One transaction's matching: the capacity view and the competition among its signings' industry
 * groups read once, then each signing remembered and evaluated in order (each seeing the ones before
 * it), and every result recorded and published at the end in one go.
 */
final class MatchingBatch {

    /** What a batch needs besides its own state. */
    record Tools(SigningFactsRepository facts, MatchResults results, CompetitionAlerts alerts, Outbox outbox,
                 Matchmaker matchmaker, RegionDirectory regions, IndustryCatalogue industries) {
    }

    private final Tools tools;
    private final Map<UUID, SigningFactsEntity> known;
    private final Map<String, RegionCapacity> capacity;
    private final Map<String, ParkCapacity> parks;
    private final CompetitionIndex competition;
    private final Instant now;
    private final List<SigningMatched> matched = new ArrayList<>();
    private final Map<UUID, SigningFactsEntity> added = new LinkedHashMap<>();
    private final Set<UUID> withdrawnBefore = new LinkedHashSet<>();

    MatchingBatch(Tools tools, Map<UUID, SigningFactsEntity> known, Map<String, RegionCapacity> capacity,
                  Map<String, ParkCapacity> parks, CompetitionIndex competition, Instant now) {
        this.tools = tools;
        this.known = known;
        this.capacity = capacity;
        this.parks = parks;
        this.competition = competition;
        this.now = now;
    }

    /** A registered signing is remembered and matched once, whatever the redeliveries. */
    void registered(IncomingEvent<Signing> event) {
        Signing signing = event.payload();
        if (known.containsKey(signing.id())) {
            return;
        }
        Region destination = tools.regions().find(signing.destinationRegion()).orElseThrow(() ->
                new PoisonRecordException("destination " + signing.destinationRegion()
                        + " is not in the reference data", null));
        SigningFactsEntity facts = SigningFactsEntity.of(signing, destination);
        added.put(facts.signingId, facts);
        known.put(facts.signingId, facts);
        evaluate(facts, false);
        competition.add(facts.place(), 1);
    }

    /** A withdrawn signing no longer counts towards homogeneous competition and cannot be re-matched. */
    void withdrawn(IncomingEvent<Signing> event) {
        SigningFactsEntity facts = known.get(event.payload().id());
        if (facts != null && !facts.withdrawn) {
            facts.withdrawn = true;
            if (!added.containsKey(facts.signingId)) {
                withdrawnBefore.add(facts.signingId);
            }
            competition.add(facts.place(), -1);
        }
    }

    /** Evaluates a known signing again against today's capacity; its result replaces the current one. */
    SigningMatched rematch(SigningFactsEntity facts) {
        tools.results().retireCurrent(facts.signingId);
        return evaluate(facts, true);
    }

    /** The batch's new facts and withdrawals, its results and their events, one statement each. */
    void finish() {
        tools.facts().insertAll(List.copyOf(added.values()));
        tools.facts().withdrawAll(withdrawnBefore);
        if (matched.isEmpty()) {
            return;
        }
        List<UUID> eventIds = tools.outbox().publishAll(matched.stream()
                .map(result -> new OutgoingEvent(Topics.MATCHES, EventTypes.SIGNING_MATCHED,
                        result.signingId().toString(), result))
                .toList());
        tools.results().addAll(eventIds, matched);
    }

    private SigningMatched evaluate(SigningFactsEntity facts, boolean counted) {
        Matchmaker.Match match = tools.matchmaker().evaluate(facts.signingId, facts.eventCode,
                facts.toFacts(tools.industries().factorClass(facts.industryCode)),
                facts.parkCode == null ? null : parks.get(facts.parkCode), capacity,
                competition.competingRegions(facts.place(), counted), now);
        matched.add(match.result());
        if (match.chosen().has(ReasonCode.HOMOGENEOUS_COMPETITION)) {
            raiseCompetitionAlertOnce(facts, match.chosen());
        }
        return match.result();
    }

    private void raiseCompetitionAlertOnce(SigningFactsEntity facts, Evaluation chosen) {
        if (!tools.alerts().recordOnce(facts.destinationZone, facts.industryGroup, now)) {
            return;
        }
        String subject = facts.destinationZone + ":" + facts.industryGroup;
        String detail = chosen.reasons().stream().filter(reason -> reason.code() == ReasonCode.HOMOGENEOUS_COMPETITION)
                .findFirst().map(reason -> reason.detail()).orElse("");
        tools.outbox().publish(new OutgoingEvent(Topics.ALERTS, EventTypes.ALERT, subject, new Alert(
                Alert.AlertCode.HOMOGENEOUS_COMPETITION, Alert.Severity.WARNING, subject,
                "Homogeneous competition in " + subject + ": " + detail, now)));
    }
}
