package cn.yanzhen.tracking.rounds.application;

import cn.yanzhen.contracts.EventTypes;
import cn.yanzhen.contracts.Topics;
import cn.yanzhen.contracts.alert.Alert;
import cn.yanzhen.contracts.tracking.ReportingRound;
import cn.yanzhen.platform.outbox.Outbox;
import cn.yanzhen.platform.outbox.OutgoingEvent;
import cn.yanzhen.tracking.rounds.domain.MissedReport;
import cn.yanzhen.tracking.rounds.domain.Round;
import cn.yanzhen.tracking.rounds.domain.RoundOutcome;
import cn.yanzhen.tracking.rounds.persistence.RoundEntity;
import cn.yanzhen.tracking.rounds.persistence.RoundProjects;
import cn.yanzhen.tracking.rounds.persistence.RoundRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Closes every round whose due date has passed: who owed and who answered is kept as it stands, each
 * project that did not answer raises MISSED_REPORT, and the closed round is published with how many missed (who missed is read through the API).
 * A round closes once (its row is locked, then marked closed), so each miss is raised once per round.
 * Each round closes in a transaction of its own.
 */
@ApplicationScoped
public class RoundClosing {

    private final RoundRepository rounds;
    private final RoundProjects projects;
    private final RoundFigures figures;
    private final Outbox outbox;
    private final Clock clock;

    RoundClosing(RoundRepository rounds, RoundProjects projects, RoundFigures figures, Outbox outbox, Clock clock) {
        this.rounds = rounds;
        this.projects = projects;
        this.figures = figures;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Closes the rounds due before {@code today}; returns how many MISSED_REPORT alerts were raised. */
    public int closeDue(LocalDate today) {
        int raised = 0;
        while (true) {
            Optional<Integer> closed = QuarkusTransaction.requiringNew().call(() -> closeNext(today));
            if (closed.isEmpty()) {
                return raised;
            }
            raised += closed.get();
        }
    }

    private Optional<Integer> closeNext(LocalDate today) {
        return rounds.lockNextDue(today).map(this::close);
    }

    private int close(RoundEntity entity) {
        Round round = entity.round();
        List<RoundOutcome> outcomes = figures.outcomesNow(round);
        Instant now = Instant.now(clock);
        entity.closedAt = now;
        projects.keep(round.code(), outcomes);
        ReportingRound closed = figures.of(entity, outcomes);
        List<OutgoingEvent> events = new ArrayList<>();
        outcomes.stream().filter(outcome -> !outcome.reported()).forEach(missed -> events.add(new OutgoingEvent(
                Topics.ALERTS, EventTypes.ALERT, missed.signingId().toString(), new Alert(
                        Alert.AlertCode.MISSED_REPORT, Alert.Severity.WARNING, missed.signingId().toString(),
                        MissedReport.detail(round), now))));
        events.add(new OutgoingEvent(Topics.ROUNDS, EventTypes.ROUND_CLOSED, round.code(), closed));
        outbox.publishAll(events);
        return (int) closed.missed();
    }
}
