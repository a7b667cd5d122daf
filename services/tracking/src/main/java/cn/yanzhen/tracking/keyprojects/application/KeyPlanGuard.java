package cn.yanzhen.tracking.keyprojects.application;

import cn.yanzhen.contracts.tracking.ProjectProgressed.ProjectStatus;
import cn.yanzhen.platform.persistence.KeyLocks;
import cn.yanzhen.tracking.keyprojects.domain.KeyPlanRefused;
import cn.yanzhen.tracking.projects.application.ProjectLookup;
import cn.yanzhen.tracking.projects.domain.ProjectSummary;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/**
 * What every office's change of a plan goes through first: one change of a project's plan at a time, a project that
 * is known, and none that repeats another or is withdrawn or cancelled.
 */
@ApplicationScoped
class KeyPlanGuard {

    private static final String LOCKS = "key-plan";

    private final KeyLocks locks;
    private final ProjectLookup projects;

    KeyPlanGuard(KeyLocks locks, ProjectLookup projects) {
        this.locks = locks;
        this.projects = projects;
    }

    /** The project, its plan's changes serialised until the transaction ends. */
    ProjectSummary lockProject(UUID signingId) {
        locks.lock(LOCKS, List.of(signingId.toString()));
        return projects.find(signingId).orElseThrow(() -> new KeyPlanRefused(KeyPlanRefused.Reason.UNKNOWN,
                "No project for signing " + signingId + "."));
    }

    /** A repeat's plan belongs to its earliest signing; a withdrawn or cancelled project's plan no longer changes. */
    void refuseIfClosed(ProjectSummary project) {
        if (project.repeatOf() != null) {
            throw new KeyPlanRefused(KeyPlanRefused.Reason.CONFLICT, "Signing " + project.signingId()
                    + " repeats signing " + project.repeatOf() + " of the same project; plan it on "
                    + project.repeatOf() + ".");
        }
        if (project.status() == ProjectStatus.WITHDRAWN || project.status() == ProjectStatus.CANCELLED) {
            throw new KeyPlanRefused(KeyPlanRefused.Reason.CONFLICT, "The project is " + project.status()
                    + "; its plan no longer changes.");
        }
    }
}
