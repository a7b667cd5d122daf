package cn.yanzhen.tracking.projects.domain;

import java.time.LocalDate;

/**
 * When a project is overdue (docs/contract.md §6.3): no COMMENCED by its planned commencement, or 180 days
 * after signing when none was planned; a commenced project's investment stalls when it has not grown
 * for 180 days.
 */
public final class Deadlines {

    public static final int DAYS_TO_COMMENCE_WITHOUT_PLAN = 180;
    public static final int DAYS_WITHOUT_GROWTH = 180;

    private Deadlines() {
    }

    public static LocalDate commencementDue(LocalDate signedOn, LocalDate plannedCommencement) {
        return plannedCommencement != null ? plannedCommencement : signedOn.plusDays(DAYS_TO_COMMENCE_WITHOUT_PLAN);
    }

    /** Overdue from the day after the due date, while it has not commenced. */
    public static boolean overdue(Progress project, LocalDate due, LocalDate today) {
        return project.open() && project.commencedOn() == null && today.isAfter(due);
    }

    public static boolean stalled(Progress project, LocalDate today) {
        return project.open() && project.commencedOn() != null && project.lastGrowthOn() != null
                && !today.isBefore(project.lastGrowthOn().plusDays(DAYS_WITHOUT_GROWTH));
    }
}
