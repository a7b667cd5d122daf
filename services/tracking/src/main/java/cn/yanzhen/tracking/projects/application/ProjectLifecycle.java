package cn.yanzhen.tracking.projects.application;

import cn.yanzhen.contracts.EventTypes;
import cn.yanzhen.contracts.matching.SigningMatched;
import cn.yanzhen.contracts.signing.RepeatLinkChanged;
import cn.yanzhen.contracts.signing.Signing;
import cn.yanzhen.platform.consumer.Routes;
import cn.yanzhen.platform.messaging.IncomingEvent;
import cn.yanzhen.platform.persistence.KeyLocks;
import cn.yanzhen.tracking.figures.application.Figures;
import cn.yanzhen.tracking.projects.persistence.EarlyVerdicts;
import cn.yanzhen.tracking.projects.persistence.ProjectRepository;
import cn.yanzhen.tracking.projects.persistence.ProjectRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A project per registered signing, closed by its withdrawal, with its verdict attached whichever of
 * the two arrives first; every change counted in the figures of the project's scopes.
 */
@ApplicationScoped
public class ProjectLifecycle {

    static final String CONSUMER = "tracking";

    private final KeyLocks locks;
    private final ProjectRepository projects;
    private final ProjectRows rows;
    private final EarlyVerdicts earlyVerdicts;
    private final Instance<ProjectListener> listeners;
    private final Figures figures;
    private final Clock clock;
    private final Routes<ProjectBatch> signings;
    private final Routes<ProjectBatch> matches;

    ProjectLifecycle(KeyLocks locks, ProjectRepository projects, ProjectRows rows, EarlyVerdicts earlyVerdicts,
                     Instance<ProjectListener> listeners, Figures figures, Clock clock) {
        this.locks = locks;
        this.projects = projects;
        this.rows = rows;
        this.earlyVerdicts = earlyVerdicts;
        this.listeners = listeners;
        this.figures = figures;
        this.clock = clock;
        this.signings = Routes.of(CONSUMER, this::open)
                .on(EventTypes.SIGNING_REGISTERED, Signing.class, ProjectBatch::registered)
                .on(EventTypes.SIGNING_WITHDRAWN, Signing.class, ProjectBatch::withdrawn)
                .on(EventTypes.SIGNING_REPEAT_CHANGED, RepeatLinkChanged.class, ProjectBatch::repeatChanged)
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
        Set<UUID> signingIds = events.stream().flatMap(ProjectLifecycle::signingsOf).collect(Collectors.toSet());
        Set<UUID> withdrawn = events.stream().filter(event -> EventTypes.SIGNING_WITHDRAWN.equals(event.type()))
                .map(event -> ((Signing) event.payload()).id()).collect(Collectors.toSet());
        // a verdict and its signing arrive on two consumers; whichever comes second must see the first
        locks.lock(CONSUMER, signingIds);
        // a withdrawn earliest signing's repeats stop following it; with its key held, no new one can be linked
        signingIds.addAll(projects.followersOf(withdrawn).keySet());
        Set<UUID> registered = events.stream().filter(event -> EventTypes.SIGNING_REGISTERED.equals(event.type()))
                .map(event -> ((Signing) event.payload()).id()).collect(Collectors.toSet());
        Map<UUID, String> verdictsWaiting = earlyVerdicts.takeAll(registered);
        return new ProjectBatch(rows, earlyVerdicts, listeners, figures, rows.lockAll(signingIds), verdictsWaiting,
                Instant.now(clock));
    }

    /** The projects an event changes or reads: its own, and the earliest signing a repeat follows. */
    private static Stream<UUID> signingsOf(IncomingEvent<?> event) {
        if (event.payload() instanceof Signing signing) {
            return Stream.of(signing.id(), signing.repeatOf() == null ? null : signing.repeatOf().signingId())
                    .filter(Objects::nonNull);
        }
        if (event.payload() instanceof RepeatLinkChanged change) {
            return Stream.of(change.signingId(), change.before() == null ? null : change.before().signingId(),
                    change.after() == null ? null : change.after().signingId()).filter(Objects::nonNull);
        }
        return Stream.of(((SigningMatched) event.payload()).signingId());
    }
}
