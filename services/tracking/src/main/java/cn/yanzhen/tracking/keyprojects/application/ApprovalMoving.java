package cn.yanzhen.tracking.keyprojects.application;

import cn.yanzhen.contracts.tracking.KeyPlan;
import cn.yanzhen.contracts.tracking.KeyPlan.Approval;
import cn.yanzhen.contracts.tracking.KeyPlan.Kind;
import cn.yanzhen.platform.validation.Violations;
import cn.yanzhen.tracking.keyprojects.domain.ApprovalMove;
import cn.yanzhen.tracking.keyprojects.domain.ApprovalRules;
import cn.yanzhen.tracking.keyprojects.domain.KeyPlanRefused;
import cn.yanzhen.tracking.keyprojects.persistence.KeyPlanEntity;
import cn.yanzhen.tracking.keyprojects.persistence.KeyPlanStore;
import cn.yanzhen.tracking.projects.domain.ProjectSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An office reports an approval of a key project submitted or granted (docs/contract.md §4.9): stored, counted,
 * published and audited in one transaction. The same report again changes nothing; a move the approval cannot take
 * is refused.
 */
@ApplicationScoped
public class ApprovalMoving {

    private final KeyPlanGuard guard;
    private final KeyPlanStore store;
    private final KeyPlanChanges changes;
    private final Clock clock;

    ApprovalMoving(KeyPlanGuard guard, KeyPlanStore store, KeyPlanChanges changes, Clock clock) {
        this.guard = guard;
        this.store = store;
        this.changes = changes;
        this.clock = clock;
    }

    /** The plan after the move, and whether this request made it. */
    public record Moved(KeyPlan plan, boolean created) {
    }

    /** Moves the approval as {@code by} asked, or refuses ({@link KeyPlanRefused}, invalid fields) unchanged. */
    @Transactional
    public Moved move(UUID signingId, Kind kind, ApprovalMove move, String by) {
        ProjectSummary project = guard.lockProject(signingId);
        KeyPlanEntity plan = store.find(signingId).orElseThrow(() -> new KeyPlanRefused(KeyPlanRefused.Reason.UNKNOWN,
                "Project " + signingId + " is not a key project; PUT its key-plan first."));
        List<Approval> current = store.lockApprovals(signingId);
        Approval approval = current.stream().filter(candidate -> candidate.kind() == kind).findFirst()
                .orElseThrow(() -> new KeyPlanRefused(KeyPlanRefused.Reason.UNKNOWN, "The plan of project "
                        + signingId + " has no " + kind + " approval."));
        if (ApprovalRules.isTheLatest(approval, move)) {
            return new Moved(store.view(plan, project), false);
        }
        guard.refuseIfClosed(project);
        ApprovalRules.conflict(approval, move).ifPresent(reason -> {
            throw new KeyPlanRefused(KeyPlanRefused.Reason.CONFLICT, "The move is refused: " + reason + ".");
        });
        Violations violations = new Violations();
        ApprovalRules.checkDay(approval, move, project.progress().signedOn(), LocalDate.now(clock), violations);
        violations.throwIfAny("The move is invalid; nothing was changed.");
        KeyPlan before = store.view(plan, project);
        List<Approval> after = current.stream().map(candidate -> candidate.kind() == kind
                ? ApprovalRules.taken(candidate, move) : candidate).toList();
        KeyPlanEntity stored = store.save(project, plan.officer, after, by, Instant.now(clock));
        return new Moved(changes.applied(project, stored, before, "key-plan.approval", move), true);
    }
}
