package cn.yanzhen.tracking.persistence;

import cn.yanzhen.contracts.EventTypes;
import cn.yanzhen.contracts.Topics;
import cn.yanzhen.contracts.alert.Alert;
import cn.yanzhen.contracts.matching.SigningMatched;
import cn.yanzhen.contracts.signing.Signing;
import cn.yanzhen.contracts.tracking.ProjectProgressed.ProjectStatus;
import cn.yanzhen.contracts.tracking.ProjectProgressed;
import cn.yanzhen.platform.api.ProblemException;
import cn.yanzhen.platform.audit.AuditTrail;
import cn.yanzhen.platform.audit.AuditedChange;
import cn.yanzhen.platform.messaging.IdempotentConsumer;
import cn.yanzhen.platform.messaging.IncomingEvent;
import cn.yanzhen.platform.outbox.Outbox;
import cn.yanzhen.platform.outbox.OutgoingEvent;
import cn.yanzhen.platform.validation.Violations;
import cn.yanzhen.tracking.domain.Contribution;
import cn.yanzhen.tracking.domain.Deadlines;
import cn.yanzhen.tracking.domain.Progress;
import cn.yanzhen.tracking.domain.ProgressRules;
import cn.yanzhen.tracking.domain.ProjectState;
import cn.yanzhen.tracking.domain.Report;
import cn.yanzhen.tracking.domain.Scopes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Projects and their figures. Every change — a signing registered or withdrawn, a verdict attached, a
 * report accepted, a deadline passed — updates the project, adds its difference to the figures of its
 * scopes, and publishes the report, the scopes' new figures and any alert, in one transaction.
 */
@ApplicationScoped
public class TrackingStore {

    static final String CONSUMER = "tracking";

    private final EntityManager entityManager;
    private final ScopeFigures figures;
    private final Scopes scopes;
    private final Outbox outbox;
    private final IdempotentConsumer idempotentConsumer;
    private final Clock clock;
    private final AuditTrail audit;

    TrackingStore(EntityManager entityManager, ScopeFigures figures, Scopes scopes, Outbox outbox,
                  IdempotentConsumer idempotentConsumer, Clock clock, AuditTrail audit) {
        this.entityManager = entityManager;
        this.figures = figures;
        this.scopes = scopes;
        this.outbox = outbox;
        this.idempotentConsumer = idempotentConsumer;
        this.clock = clock;
        this.audit = audit;
    }

    /** The outcome of a report: the event it caused, and whether this request was the first to send it. */
    public record Accepted(ProjectProgressed progressed, boolean created) {
    }

    @Transactional
    public void applyRegistered(IncomingEvent<Signing> event) {
        if (!idempotentConsumer.firstDelivery(CONSUMER, event.eventId())) {
            return;
        }
        Signing signing = event.payload();
        lockSigning(signing.id());
        if (entityManager.find(ProjectEntity.class, signing.id()) != null) {
            return;
        }
        ProjectEntity project = new ProjectEntity();
        project.signingId = signing.id();
        project.eventCode = signing.eventCode();
        project.destinationRegion = signing.destinationRegion();
        project.industryCode = signing.industryCode();
        project.investmentYuan = signing.investmentYuan();
        project.signedOn = signing.signedOn();
        project.plannedCommencement = signing.plannedCommencement();
        project.status = ProjectStatus.SIGNED;
        project.registeredAt = Instant.now(clock);
        project.verdict = takeEarlyVerdict(signing.id());
        entityManager.persist(project);
        changed(project, null);
    }

    @Transactional
    public void applyWithdrawn(IncomingEvent<Signing> event) {
        if (!idempotentConsumer.firstDelivery(CONSUMER, event.eventId())) {
            return;
        }
        ProjectEntity project = entityManager.find(ProjectEntity.class, event.payload().id(),
                LockModeType.PESSIMISTIC_WRITE);
        if (project == null || project.status == ProjectStatus.WITHDRAWN) {
            return;
        }
        ProjectState before = project.state();
        project.status = ProjectStatus.WITHDRAWN;
        project.overdue = false;
        changed(project, before);
    }

    /** Attaches the verdict to the project, or keeps it until the signing arrives (either may come first). */
    @Transactional
    public void applyMatch(IncomingEvent<SigningMatched> event) {
        if (!idempotentConsumer.firstDelivery(CONSUMER, event.eventId())) {
            return;
        }
        SigningMatched match = event.payload();
        lockSigning(match.signingId());
        ProjectEntity project = entityManager.find(ProjectEntity.class, match.signingId(),
                LockModeType.PESSIMISTIC_WRITE);
        if (project == null) {
            entityManager.createNativeQuery("insert into early_verdict (signing_id, verdict, matched_at)"
                            + " values (?1, ?2, ?3) on conflict (signing_id) do update set verdict = excluded.verdict,"
                            + " matched_at = excluded.matched_at where early_verdict.matched_at <= excluded.matched_at")
                    .setParameter(1, match.signingId())
                    .setParameter(2, match.verdict().name())
                    .setParameter(3, match.matchedAt())
                    .executeUpdate();
            return;
        }
        ProjectState before = project.state();
        project.verdict = match.verdict().name();
        changed(project, before);
    }

    /** Accepts a report, or refuses it with 404 / 409 / 400 having changed nothing. */
    @Transactional
    public Accepted report(UUID signingId, Report report) {
        ProjectEntity project = entityManager.find(ProjectEntity.class, signingId, LockModeType.PESSIMISTIC_WRITE);
        if (project == null) {
            throw ProblemException.notFound("No project for signing " + signingId
                    + "; if the signing was just submitted, it may not have arrived yet.");
        }
        ReportEntity earlier = entityManager.find(ReportEntity.class, report.reportId());
        if (earlier != null) {
            if (!earlier.signingId.equals(signingId) || !earlier.toReport().equals(report)) {
                throw ProblemException.conflict("reportId " + report.reportId()
                        + " was already used for a different report.");
            }
            return new Accepted(progressed(project, earlier), false);
        }
        Progress progress = project.progress();
        ProgressRules.conflict(report, progress).ifPresent(reason -> {
            throw ProblemException.conflict("The report is refused: " + reason + ".");
        });
        Violations violations = new Violations();
        ProgressRules.check(report, progress, LocalDate.now(clock), violations);
        violations.throwIfAny("The report is invalid; nothing was changed.");

        ProjectState before = project.state();
        project.take(progress.after(report));
        ReportEntity stored = ReportEntity.of(signingId, report, Instant.now(clock));
        entityManager.persist(stored);
        ProjectProgressed progressed = progressed(project, stored);
        outbox.publish(new OutgoingEvent(Topics.PROJECT_PROGRESS, EventTypes.PROJECT_PROGRESSED,
                signingId.toString(), progressed));
        if (progress.exceedsSignedAfter(report)) {
            raiseOnce(project, Alert.AlertCode.INVESTMENT_EXCEEDS_SIGNED, Alert.Severity.INFO, "cumulative investment "
                    + report.cumulativeYuan() + " yuan exceeds the " + project.investmentYuan + " yuan signed");
        }
        changed(project, before);
        audit.record(AuditedChange.of("project.report", "project", signingId).request(report).before(before)
                .after(project.state()));
        return new Accepted(progressed, true);
    }

    /** Marks overdue projects and raises OVERDUE_COMMENCEMENT and INVESTMENT_STALLED, each once per project. */
    @Transactional
    public int scanDeadlines(LocalDate today) {
        int raised = 0;
        List<ProjectEntity> open = entityManager.createQuery("from ProjectEntity where status in :open",
                        ProjectEntity.class)
                .setParameter("open", List.of(ProjectStatus.SIGNED, ProjectStatus.COMMENCED, ProjectStatus.IN_PRODUCTION))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        for (ProjectEntity project : open) {
            LocalDate due = Deadlines.commencementDue(project.signedOn, project.plannedCommencement);
            if (!project.overdue && Deadlines.overdue(project.progress(), due, today)) {
                ProjectState before = project.state();
                project.overdue = true;
                changed(project, before);
                raised += raiseOnce(project, Alert.AlertCode.OVERDUE_COMMENCEMENT, Alert.Severity.WARNING,
                        "not commenced by " + due) ? 1 : 0;
            }
            if (Deadlines.stalled(project.progress(), today)) {
                raised += raiseOnce(project, Alert.AlertCode.INVESTMENT_STALLED, Alert.Severity.WARNING,
                        "cumulative investment " + project.cumulativeYuan + " yuan has not grown since "
                                + project.lastGrowthOn) ? 1 : 0;
            }
        }
        return raised;
    }

    private boolean raiseOnce(ProjectEntity project, Alert.AlertCode code, Alert.Severity severity, String detail) {
        Instant now = Instant.now(clock);
        int inserted = entityManager.createNativeQuery("insert into project_alert (signing_id, code, raised_at, detail)"
                        + " values (?1, ?2, ?3, ?4) on conflict do nothing")
                .setParameter(1, project.signingId)
                .setParameter(2, code.name())
                .setParameter(3, now)
                .setParameter(4, detail)
                .executeUpdate();
        if (inserted == 0) {
            return false;
        }
        outbox.publish(new OutgoingEvent(Topics.ALERTS, EventTypes.ALERT, project.signingId.toString(),
                new Alert(code, severity, project.signingId.toString(), detail, now)));
        return true;
    }

    /** Adds the project's change to its scopes' figures and publishes their new figures. */
    private void changed(ProjectEntity project, ProjectState before) {
        Contribution change = Contribution.change(before, project.state());
        if (change.isZero()) {
            return;
        }
        List<String> affected = scopes.of(project.eventCode, project.destinationRegion, project.industryCode);
        figures.add(affected, change);
        outbox.publishAll(figures.read(affected).stream()
                .map(stats -> new OutgoingEvent(Topics.STATS, EventTypes.STATS, stats.scope(), stats)).toList());
    }

    /**
     * Serialises the work on one signing across the signings and matches consumers: a verdict and its
     * signing arriving at the same moment must not each miss the other's uncommitted row.
     */
    private void lockSigning(UUID signingId) {
        entityManager.createNativeQuery("select pg_advisory_xact_lock(hashtext(?1))")
                .setParameter(1, "tracking:" + signingId).getSingleResult();
    }

    private String takeEarlyVerdict(UUID signingId) {
        List<?> verdict = entityManager.createNativeQuery("delete from early_verdict where signing_id = ?1 returning verdict")
                .setParameter(1, signingId).getResultList();
        return verdict.isEmpty() ? null : (String) verdict.get(0);
    }

    private static ProjectProgressed progressed(ProjectEntity project, ReportEntity report) {
        return new ProjectProgressed(project.signingId, report.reportId, report.type, report.on, report.cumulativeYuan,
                report.asOf, report.correction, report.reason, project.status, project.cumulativeYuan,
                report.reportedAt);
    }
}
