package cn.yanzhen.tracking.keyprojects.application;

import cn.yanzhen.contracts.tracking.KeyPlan;
import cn.yanzhen.contracts.tracking.KeyPlan.Approval;
import cn.yanzhen.platform.validation.Violations;
import cn.yanzhen.tracking.keyprojects.domain.KeyPlanRefused;
import cn.yanzhen.tracking.keyprojects.domain.KeyPlanRequest;
import cn.yanzhen.tracking.keyprojects.domain.KeyPlanRules;
import cn.yanzhen.tracking.keyprojects.persistence.KeyPlanEntity;
import cn.yanzhen.tracking.keyprojects.persistence.KeyPlanStore;
import cn.yanzhen.tracking.projects.domain.ProjectSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A regional office marks one of its projects as a key project with its plan, or changes the plan
 * (docs/contract.md §4.9): stored, counted, published and audited in one transaction. The same plan again changes
 * nothing; a change that would move or drop a settled approval is refused.
 */
@ApplicationScoped
public class KeyPlanning {

    private final KeyPlanGuard guard;
    private final KeyPlanStore store;
    private final KeyPlanChanges changes;
    private final Clock clock;

    KeyPlanning(KeyPlanGuard guard, KeyPlanStore store, KeyPlanChanges changes, Clock clock) {
        this.guard = guard;
        this.store = store;
        this.changes = changes;
        this.clock = clock;
    }

    /** The plan as it stands after the request, and whether this request made the project a key project. */
    public record Planned(KeyPlan plan, boolean created) {
    }

    /** Takes the plan {@code by} asked for, or refuses it ({@link KeyPlanRefused}, invalid fields) unchanged. */
    @Transactional
    public Planned plan(UUID signingId, KeyPlanRequest request, String by) {
        ProjectSummary project = guard.lockProject(signingId);
        Optional<KeyPlanEntity> earlier = store.find(signingId);
        List<Approval> current = earlier.isPresent() ? store.lockApprovals(signingId) : List.of();
        if (earlier.isPresent() && KeyPlanRules.sameAs(earlier.get().officer, current, request)) {
            return new Planned(store.view(earlier.get(), project), false);
        }
        guard.refuseIfClosed(project);
        Violations violations = new Violations();
        KeyPlanRules.checkDueDates(request, project.progress().signedOn(), violations);
        violations.throwIfAny("The plan is invalid; nothing was stored.");
        LocalDate today = LocalDate.now(clock);
        KeyPlanRules.conflict(current, request, today).ifPresent(reason -> {
            throw new KeyPlanRefused(KeyPlanRefused.Reason.CONFLICT, "The plan is refused: " + reason + ".");
        });
        KeyPlan before = earlier.map(plan -> store.view(plan, project)).orElse(null);
        KeyPlanEntity stored = store.save(project, request.officer(), KeyPlanRules.applied(current, request), by,
                Instant.now(clock));
        KeyPlan after = changes.applied(project, stored, before, before == null ? "key-plan.mark" : "key-plan.change",
                request);
        return new Planned(after, before == null);
    }
}
