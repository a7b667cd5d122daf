package cn.yanzhen.tracking.keyprojects.application;

import cn.yanzhen.contracts.EventTypes;
import cn.yanzhen.contracts.Topics;
import cn.yanzhen.contracts.tracking.KeyPlan;
import cn.yanzhen.contracts.tracking.KeyPlan.Approval;
import cn.yanzhen.platform.audit.AuditTrail;
import cn.yanzhen.platform.audit.AuditedChange;
import cn.yanzhen.platform.outbox.Outbox;
import cn.yanzhen.platform.outbox.OutgoingEvent;
import cn.yanzhen.tracking.figures.application.Figures;
import cn.yanzhen.tracking.figures.domain.FigureChanges;
import cn.yanzhen.tracking.keyprojects.domain.KeyPlanMark;
import cn.yanzhen.tracking.keyprojects.persistence.KeyPlanEntity;
import cn.yanzhen.tracking.keyprojects.persistence.KeyPlanStore;
import cn.yanzhen.tracking.projects.domain.ProjectSummary;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * What every change of a key project's plan does besides storing it, in the caller's transaction: its project's scopes'
 * key-project figures move and are published, and the plan is published on {@code yanzhen.key-projects}; an office's
 * change is also audited.
 */
@ApplicationScoped
class KeyPlanChanges {

    private final KeyPlanStore store;
    private final Figures figures;
    private final Outbox outbox;
    private final AuditTrail audit;

    KeyPlanChanges(KeyPlanStore store, Figures figures, Outbox outbox, AuditTrail audit) {
        this.store = store;
        this.figures = figures;
        this.outbox = outbox;
        this.audit = audit;
    }

    /**
     * The plan after the change {@code action} an office asked by {@code request}; {@code before} is what it was (null
     * for a plan just made).
     */
    KeyPlan applied(ProjectSummary project, KeyPlanEntity plan, KeyPlan before, String action, Object request) {
        KeyPlan after = published(project, plan, before == null ? null : before.approvals());
        audit.record(AuditedChange.of(action, "key-plan", plan.signingId).request(request).before(before).after(after));
        return after;
    }

    /** The plan after a change nobody asked for (the watch found an approval late): counted and published. */
    KeyPlan published(ProjectSummary project, KeyPlanEntity plan, List<Approval> counted) {
        KeyPlan after = store.view(plan, project);
        FigureChanges changes = figures.newChanges();
        if (counted != null) {
            KeyPlanMark.counted(counted, -1).forEach(contribution -> changes.contribute(project.place(), contribution));
        }
        KeyPlanMark.counted(after.approvals(), 1).forEach(contribution -> changes.contribute(project.place(), contribution));
        figures.writeAndPublish(changes);
        outbox.publish(new OutgoingEvent(Topics.KEY_PROJECTS, EventTypes.KEY_PLAN_CHANGED, plan.signingId.toString(),
                after));
        return after;
    }
}
