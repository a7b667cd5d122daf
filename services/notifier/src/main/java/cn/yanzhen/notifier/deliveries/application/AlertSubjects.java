package cn.yanzhen.notifier.deliveries.application;

import cn.yanzhen.contracts.alert.Alert;
import cn.yanzhen.contracts.reference.Region;
import cn.yanzhen.contracts.reference.RegionDirectory;
import cn.yanzhen.contracts.reference.Zone;
import cn.yanzhen.notifier.channels.domain.Notice;
import cn.yanzhen.notifier.deliveries.persistence.AlertEntity;
import cn.yanzhen.notifier.deliveries.persistence.ProjectEntity;
import cn.yanzhen.notifier.subscriptions.domain.AlertPlace;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What an alert is about, read from its subject: a project (signing id), a region (GB/T 2260 code), a
 * zone and industry group ({@code ZONE:group}), or something else (a parked event's key).
 */
@ApplicationScoped
public class AlertSubjects {

    private final RegionDirectory regions;
    private final String projectPageBase;

    AlertSubjects(RegionDirectory regions, @ConfigProperty(name = "yanzhen.notifier.project-page-base") String base) {
        this.regions = regions;
        this.projectPageBase = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** The signing an alert is about, when its subject is one. */
    public static Optional<UUID> signingOf(String subject) {
        try {
            return Optional.of(UUID.fromString(subject));
        } catch (IllegalArgumentException notAProject) {
            return Optional.empty();
        }
    }

    /** Where the alert happened; empty while the project it is about is not known yet. */
    Optional<AlertPlace> placeOf(Alert alert, Map<UUID, ProjectEntity> projects) {
        String subject = alert.subject();
        Optional<UUID> signing = signingOf(subject);
        if (signing.isPresent()) {
            return Optional.ofNullable(projects.get(signing.get())).map(project -> AlertPlace.ofProject(
                    project.destinationRegion, project.eventCode, project.industryCode));
        }
        if (regions.contains(subject)) {
            return Optional.of(AlertPlace.ofRegion(subject));
        }
        return Optional.of(zoneOf(subject).map(zone -> AlertPlace.ofZone(zone, subject.substring(subject.indexOf(':') + 1)))
                .orElse(AlertPlace.nowhere()));
    }

    /** The alert as a message tells it. */
    Notice noticeOf(AlertEntity alert, Map<UUID, ProjectEntity> projects) {
        Optional<ProjectEntity> project = signingOf(alert.subject).map(projects::get);
        if (project.isPresent()) {
            return new Notice(alert.alertId, alert.toAlert(), project.get().projectName,
                    regionName(project.get().destinationRegion), projectPageBase + "/" + alert.subject);
        }
        if (regions.contains(alert.subject)) {
            String name = regionName(alert.subject);
            return new Notice(alert.alertId, alert.toAlert(), name, name, null);
        }
        return new Notice(alert.alertId, alert.toAlert(), alert.subject, null, null);
    }

    private String regionName(String code) {
        return regions.selfAndAncestors(code).stream().map(Region::name).reduce((inner, outer) -> outer + inner)
                .orElse(code);
    }

    private static Optional<Zone> zoneOf(String subject) {
        int colon = subject.indexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(Zone.valueOf(subject.substring(0, colon)));
        } catch (IllegalArgumentException notAZone) {
            return Optional.empty();
        }
    }
}
