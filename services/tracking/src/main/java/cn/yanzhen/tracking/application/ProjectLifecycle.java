package cn.yanzhen.tracking.application;

import cn.yanzhen.contracts.EventTypes;
import cn.yanzhen.contracts.matching.SigningMatched;
import cn.yanzhen.contracts.signing.Signing;
import cn.yanzhen.platform.messaging.IncomingEvent;
import cn.yanzhen.platform.messaging.Routes;
import cn.yanzhen.platform.persistence.KeyLocks;
import cn.yanzhen.tracking.persistence.EarlyVerdicts;
import cn.yanzhen.tracking.persistence.ProjectRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A project per registered signing, closed by its withdrawal, with its verdict attached whichever of
 * the two arrives first; every change counted in the figures of the project's scopes.
 */
@ApplicationScoped
public class ProjectLifecycle {

    static final String CONSUMER = "tracking";

    private final KeyLocks locks;
    private final ProjectRepository projects;
    private final EarlyVerdicts earlyVerdicts;
    private final Figures figures;
    private final Clock clock;
    private final Routes<ProjectBatch> signings;
    private final Routes<ProjectBatch> matches;

    ProjectLifecycle(KeyLocks locks, ProjectRepository projects, EarlyVerdicts earlyVerdicts, Figures figures, Clock clock) {
        this.locks = locks;
        this.projects = projects;
        this.earlyVerdicts = earlyVerdicts;
        this.figures = figures;
        this.clock = clock;
        this.signings = Routes.of(CONSUMER, this::open)
                .on(EventTypes.SIGNING_REGISTERED, Signing.class, ProjectBatch::registered)
                .on(EventTypes.SIGNING_WITHDRAWN, Signing.class, ProjectBatch::withdrawn)
                .finishing(ProjectBatch::finish);
        this.matches = Routes.of(CONSUMER, this::open)
                .on(EventTypes.SIGNING_MATCHED, SigningMatched.class, ProjectBatch::matched)
                .finishing(ProjectBatch::finish);
    }

    public Routes<?> signings() {
        return signings;
    }

    public Routes<?> matches() {
        return matches;
    }

    private ProjectBatch open(List<IncomingEvent<?>> events) {
        Set<UUID> signingIds = events.stream().map(ProjectLifecycle::signingOf).collect(Collectors.toSet());
        // a verdict and its signing arrive on two consumers; whichever comes second must see the first
        locks.lock(CONSUMER, signingIds);
        Set<UUID> registered = events.stream().filter(event -> EventTypes.SIGNING_REGISTERED.equals(event.type()))
                .map(ProjectLifecycle::signingOf).collect(Collectors.toSet());
        Map<UUID, String> verdictsWaiting = earlyVerdicts.takeAll(registered);
        return new ProjectBatch(projects, earlyVerdicts, figures, projects.lockAll(signingIds), verdictsWaiting,
                Instant.now(clock));
    }

    private static UUID signingOf(IncomingEvent<?> event) {
        if (event.payload() instanceof Signing signing) {
            return signing.id();
        }
        return ((SigningMatched) event.payload()).signingId();
    }
}
