package cn.yanzhen.notifier.deliveries.application;

import cn.yanzhen.contracts.EventTypes;
import cn.yanzhen.contracts.alert.Alert;
import cn.yanzhen.contracts.reference.RegionDirectory;
import cn.yanzhen.contracts.signing.Signing;
import cn.yanzhen.notifier.deliveries.persistence.AlertRepository;
import cn.yanzhen.notifier.deliveries.persistence.DeliveryRepository;
import cn.yanzhen.notifier.deliveries.persistence.ProjectRepository;
import cn.yanzhen.notifier.subscriptions.application.SubscriptionDirectory;
import cn.yanzhen.platform.consumer.Routes;
import cn.yanzhen.platform.messaging.IncomingEvent;
import cn.yanzhen.platform.persistence.KeyLocks;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Alerts become deliveries owed, in the transaction that records their consumption: a delivery is a row
 * before the offset is committed, so a kill -9 loses none, and a redelivered alert owes nothing twice.
 */
@ApplicationScoped
public class AlertRouting {

    static final String CONSUMER = "notifier";

    private final AlertBatch.Tools tools;
    private final SubscriptionDirectory subscriptions;
    private final KeyLocks locks;
    private final Clock clock;
    private final Routes<AlertBatch> alerts;
    private final Routes<AlertBatch> signings;

    AlertRouting(AlertRepository alerts, ProjectRepository projects, DeliveryRepository deliveries,
                 AlertSubjects subjects, RegionDirectory regions, SubscriptionDirectory subscriptions, KeyLocks locks,
                 Clock clock) {
        this.tools = new AlertBatch.Tools(alerts, projects, deliveries, subjects, regions);
        this.subscriptions = subscriptions;
        this.locks = locks;
        this.clock = clock;
        this.alerts = Routes.of(CONSUMER, this::open)
                .on(EventTypes.ALERT, Alert.class, AlertBatch::alert)
                .finishing(AlertBatch::finish);
        this.signings = Routes.of(CONSUMER, this::open)
                .on(EventTypes.SIGNING_REGISTERED, Signing.class, AlertBatch::signing)
                .on(EventTypes.SIGNING_WITHDRAWN, Signing.class, AlertBatch::signing)
                .ignore(EventTypes.SIGNING_REPEAT_CHANGED)
                .finishing(AlertBatch::finish);
    }

    public Routes<?> alerts() {
        return alerts;
    }

    public Routes<?> signings() {
        return signings;
    }

    private AlertBatch open(List<IncomingEvent<?>> events) {
        Set<UUID> signingIds = events.stream().map(AlertRouting::signingOf).flatMap(Optional::stream)
                .collect(Collectors.toSet());
        // an alert and its project's signing arrive on two consumers; whichever comes second must see the first
        locks.lock(CONSUMER, signingIds);
        return new AlertBatch(tools, subscriptions.all(), new HashMap<>(tools.projects().findAll(signingIds)),
                Instant.now(clock));
    }

    private static Optional<UUID> signingOf(IncomingEvent<?> event) {
        if (event.payload() instanceof Signing signing) {
            return Optional.of(signing.id());
        }
        return AlertSubjects.signingOf(((Alert) event.payload()).subject());
    }
}
