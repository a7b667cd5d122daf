package cn.yanzhen.tracking.projects.domain;

import cn.yanzhen.contracts.tracking.ProjectProgressed.ProjectStatus;
import cn.yanzhen.contracts.tracking.ProjectProgressed.ReportType;
import cn.yanzhen.platform.validation.Violations;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What a report must satisfy (docs/contract.md §4.4): its fields (dates not before signedOn nor after today,
 * cumulative investment never decreasing unless a correction with a reason), and the project's state
 * (nothing on a withdrawn or cancelled project, production only after commencement, one commencement unless a
 * verifier rejected it), and evidence (at most {@link #MAX_EVIDENCE} documents, none issued after today).
 * A NO_CHANGE report (§4.6) says, with a note, that nothing changed as of its date: it answers a reporting
 * round and changes no figure. An OUTCOME report (§4.4.2) is for a project in production; {@link OutcomeRules}
 * checks its fields.
 */
public final class ProgressRules {

    public static final int MAX_EVIDENCE = 20;

    private ProgressRules() {
    }

    /** Field problems of the report, for a 400 naming each. */
    public static void check(Report report, Progress project, LocalDate today, Violations violations) {
        if (report.type() == null) {
            return;
        }
        switch (report.type()) {
            case COMMENCED, IN_PRODUCTION -> date(violations, "on", report.on(), project, today);
            case REACHED_DESIGN_CAPACITY -> CapacityRules.checkDate(report, project, today, violations);
            case INVESTMENT -> investment(report, project, today, violations);
            case CANCELLED -> {
                if (report.reason() == null) {
                    violations.add("reason", "is required to cancel a project");
                }
            }
            case NO_CHANGE -> {
                date(violations, "on", report.on(), project, today);
                if (report.note() == null && !violations.has("note")) {
                    violations.add("note", "is required: say what was checked and found unchanged");
                }
            }
            case OUTCOME -> OutcomeRules.check(report, project, today, violations);
        }
        evidence(report, today, violations);
    }

    private static void evidence(Report report, LocalDate today, Violations violations) {
        if (report.evidence().size() > MAX_EVIDENCE) {
            violations.add("evidence", "must list at most " + MAX_EVIDENCE + " documents");
        }
        for (int i = 0; i < report.evidence().size(); i++) {
            LocalDate issuedOn = report.evidence().get(i).issuedOn();
            if (issuedOn != null && issuedOn.isAfter(today)) {
                violations.add("evidence[" + i + "].issuedOn", "must not be after today (" + today + ")");
            }
        }
    }

    /** Why the project's state refuses the report (a 409), if it does. */
    public static Optional<String> conflict(Report report, Progress project) {
        if (project.status() == ProjectStatus.WITHDRAWN) {
            return Optional.of("the signing was withdrawn by its organiser; it takes no more reports");
        }
        if (project.status() == ProjectStatus.CANCELLED) {
            return Optional.of("the project was cancelled; it takes no more reports");
        }
        if (report.type() == ReportType.COMMENCED && project.commencedOn() != null && !project.commencementRejected()) {
            return Optional.of("the project already commenced on " + project.commencedOn());
        }
        if (report.type() == ReportType.IN_PRODUCTION && project.commencedOn() == null) {
            return Optional.of("a project goes into production only after it has commenced; report COMMENCED first");
        }
        if (report.type() == ReportType.IN_PRODUCTION && project.inProductionOn() != null
                && !project.productionRejected()) {
            return Optional.of("the project is already in production since " + project.inProductionOn());
        }
        if (report.type() == ReportType.REACHED_DESIGN_CAPACITY) {
            return CapacityRules.conflict(project);
        }
        if (report.type() == ReportType.OUTCOME && project.status() != ProjectStatus.IN_PRODUCTION) {
            return Optional.of("outcomes (jobs, output, tax) are reported for projects in production; this one is "
                    + project.status() + ", so report IN_PRODUCTION first");
        }
        return Optional.empty();
    }

    private static void investment(Report report, Progress project, LocalDate today, Violations violations) {
        if (report.cumulativeYuan() == null) {
            if (!violations.has("cumulativeYuan")) {
                violations.add("cumulativeYuan", "is required");
            }
        } else if (report.cumulativeYuan() < 0) {
            violations.add("cumulativeYuan", "must not be negative");
        } else if (report.cumulativeYuan() > OutcomeRules.MAX_YUAN) {
            violations.add("cumulativeYuan", "must be at most " + OutcomeRules.MAX_YUAN + " yuan");
        } else if (report.cumulativeYuan() < project.cumulativeYuan() && !report.correction()) {
            violations.add("cumulativeYuan", "is below the " + project.cumulativeYuan()
                    + " yuan reported before; a decrease needs \"correction\": true and a reason");
        }
        if (report.correction() && report.reason() == null) {
            violations.add("reason", "is required with a correction");
        }
        date(violations, "asOf", report.asOf(), project, today);
    }

    static void date(Violations violations, String field, LocalDate date, Progress project, LocalDate today) {
        if (date == null) {
            if (!violations.has(field)) {
                violations.add(field, "is required");
            }
        } else if (date.isBefore(project.signedOn())) {
            violations.add(field, "must not be before the signing (" + project.signedOn() + ")");
        } else if (date.isAfter(today)) {
            violations.add(field, "must not be after today (" + today + ")");
        }
    }
}
