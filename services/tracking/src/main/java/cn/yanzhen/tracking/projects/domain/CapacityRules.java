package cn.yanzhen.tracking.projects.domain;

import cn.yanzhen.contracts.tracking.ProjectProgressed.ProjectStatus;
import cn.yanzhen.platform.validation.Violations;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What a REACHED_DESIGN_CAPACITY report (达产, docs/contract.md §4.4) must satisfy: a project reaches its design
 * capacity only once it is in production, not before the day production started, and once, unless a verifier
 * rejected the report, when a corrected one replaces its date.
 */
final class CapacityRules {

    private CapacityRules() {
    }

    static void checkDate(Report report, Progress project, LocalDate today, Violations violations) {
        ProgressRules.date(violations, "on", report.on(), project, today);
        if (!violations.has("on") && project.inProductionOn() != null
                && report.on().isBefore(project.inProductionOn())) {
            violations.add("on", "must not be before production started (" + project.inProductionOn() + ")");
        }
    }

    static Optional<String> conflict(Progress project) {
        if (project.status() != ProjectStatus.IN_PRODUCTION) {
            return Optional.of("a project reaches its design capacity only once in production; this one is "
                    + project.status() + ", so report IN_PRODUCTION first");
        }
        if (project.reachedCapacityOn() != null && !project.capacityRejected()) {
            return Optional.of("the project already reached its design capacity on " + project.reachedCapacityOn());
        }
        return Optional.empty();
    }
}
