package cn.yanzhen.notifier.deliveries.application;

import cn.yanzhen.contracts.alert.Alert;
import cn.yanzhen.contracts.reference.RegionDirectory;
import cn.yanzhen.contracts.signing.Signing;
import cn.yanzhen.notifier.deliveries.persistence.AlertEntity;
import cn.yanzhen.notifier.deliveries.persistence.AlertRepository;
import cn.yanzhen.notifier.deliveries.persistence.DeliveryRepository;
import cn.yanzhen.notifier.deliveries.persistence.ProjectEntity;
import cn.yanzhen.notifier.deliveries.persistence.ProjectRepository;
import cn.yanzhen.notifier.subscriptions.domain.AlertPlace;
import cn.yanzhen.notifier.subscriptions.domain.Subscription;
import cn.yanzhen.platform.messaging.IncomingEvent;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * One consumed batch's work: each alert stored and, once its place is known, owed to every subscription
 * that wants it; each signing remembered, and the alerts that waited for it routed when the batch ends.
 */
final class AlertBatch {

    record Tools(AlertRepository alerts, ProjectRepository projects, DeliveryRepository deliveries,
                 AlertSubjects subjects, RegionDirectory regions) {
    }

    private final Tools tools;
    private final List<Subscription> subscriptions;
    private final Map<UUID, ProjectEntity> projects;
    private final Instant now;
    private final Set<String> signingsSeen = new TreeSet<>();

    AlertBatch(Tools tools, List<Subscription> subscriptions, Map<UUID, ProjectEntity> projects, Instant now) {
        this.tools = tools;
        this.subscriptions = subscriptions;
        this.projects = projects;
        this.now = now;
    }

    void alert(IncomingEvent<Alert> event) {
        AlertEntity alert = AlertEntity.of(event.eventId(), event.payload());
        tools.alerts().add(alert);
        route(alert);
    }

    void signing(IncomingEvent<Signing> event) {
        Signing signing = event.payload();
        ProjectEntity project = new ProjectEntity();
        project.signingId = signing.id();
        project.projectName = signing.projectName();
        project.destinationRegion = signing.destinationRegion();
        project.eventCode = signing.eventCode();
        project.industryCode = signing.industryCode();
        projects.put(signing.id(), tools.projects().save(project));
        signingsSeen.add(signing.id().toString());
    }

    void finish() {
        if (!signingsSeen.isEmpty()) {
            tools.alerts().unroutedAbout(signingsSeen).forEach(this::route);
        }
    }

    private void route(AlertEntity alert) {
        Alert payload = alert.toAlert();
        Optional<AlertPlace> place = tools.subjects().placeOf(payload, projects);
        if (place.isEmpty()) {
            return;
        }
        alert.routed = true;
        subscriptions.stream().filter(subscription -> subscription.wants(payload.code(), place.get(), tools.regions()))
                .forEach(subscription -> tools.deliveries().owe(alert.alertId, subscription.id(),
                        subscription.sendingTimeFor(now)));
    }
}
