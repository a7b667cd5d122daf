package cn.yanzhen.tracking.keyprojects.application;

import cn.yanzhen.contracts.alert.Alert;
import cn.yanzhen.contracts.tracking.KeyPlan.Approval;
import cn.yanzhen.contracts.tracking.ProjectProgressed.ProjectStatus;
import cn.yanzhen.tracking.keyprojects.persistence.KeyPlanEntity;
import cn.yanzhen.tracking.keyprojects.persistence.KeyPlanStore;
import cn.yanzhen.tracking.keyprojects.persistence.KeyProjectQueries;
import cn.yanzhen.tracking.keyprojects.persistence.KeyProjectQueries.ApprovalKey;
import cn.yanzhen.tracking.projects.application.ProjectAlarms;
import cn.yanzhen.tracking.projects.application.ProjectLookup;
import cn.yanzhen.tracking.projects.domain.ProjectSummary;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Raises APPROVAL_OVERDUE once per approval of a key project that is not GRANTED by its due date, from the day after
 * it (docs/contract.md §4.9), and marks the approval late: its plan's figures move from open to late and the plan is
 * published again; a withdrawn or cancelled project's approvals are marked late but raise nothing, since nobody
 * follows them any more. The approvals are taken a page at a time, each page in its own short transaction that passes over
 * approvals another transaction holds; an approval marked late is never read again, and the alert's row, unique per
 * project, code and kind, makes each raise once.
 */
@ApplicationScoped
public class ApprovalScan {

    private static final int PAGE = 500;

    private final KeyProjectQueries queries;
    private final KeyPlanStore store;
    private final ProjectLookup projects;
    private final KeyPlanChanges changes;
    private final ProjectAlarms alarms;

    ApprovalScan(KeyProjectQueries queries, KeyPlanStore store, ProjectLookup projects, KeyPlanChanges changes,
                 ProjectAlarms alarms) {
        this.queries = queries;
        this.store = store;
        this.projects = projects;
        this.changes = changes;
        this.alarms = alarms;
    }

    private record Page(int size, int raised) {
    }

    /** Scans the approvals as of {@code today}; returns how many alerts were raised. */
    public int scan(LocalDate today) {
        int raised = 0;
        while (true) {
            Page page = QuarkusTransaction.requiringNew().call(() -> scanPage(today));
            raised += page.raised();
            if (page.size() < PAGE) {
                return raised;
            }
        }
    }

    private Page scanPage(LocalDate today) {
        List<ApprovalKey> late = queries.lockLate(today, PAGE);
        Map<UUID, List<ApprovalKey>> byProject = new LinkedHashMap<>();
        late.forEach(key -> byProject.computeIfAbsent(key.signingId(), id -> new ArrayList<>()).add(key));
        int raised = 0;
        for (Map.Entry<UUID, List<ApprovalKey>> entry : byProject.entrySet()) {
            raised += markLate(entry.getKey(), entry.getValue());
        }
        return new Page(late.size(), raised);
    }

    private int markLate(UUID signingId, List<ApprovalKey> keys) {
        ProjectSummary project = projects.find(signingId).orElseThrow();
        KeyPlanEntity plan = store.find(signingId).orElseThrow();
        List<Approval> counted = store.approvals(signingId);
        boolean ended = project.status() == ProjectStatus.WITHDRAWN || project.status() == ProjectStatus.CANCELLED;
        int raised = 0;
        for (ApprovalKey key : keys) {
            store.markLate(signingId, key.kind());
            if (ended) {
                continue;
            }
            Approval approval = counted.stream().filter(candidate -> candidate.kind() == key.kind()).findFirst()
                    .orElseThrow();
            raised += alarms.raiseOnce(signingId, Alert.AlertCode.APPROVAL_OVERDUE, key.kind().name(),
                    Alert.Severity.WARNING, detail(approval, plan.officer)) ? 1 : 0;
        }
        changes.published(project, plan, counted);
        return raised;
    }

    private static String detail(Approval approval, String officer) {
        return approval.kind() + (approval.name() == null ? "" : " " + approval.name()) + " approval due "
                + approval.dueOn() + ", still " + approval.status() + "; officer " + officer;
    }
}
