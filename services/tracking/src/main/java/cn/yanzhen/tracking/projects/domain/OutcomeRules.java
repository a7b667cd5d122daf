package cn.yanzhen.tracking.projects.domain;

import cn.yanzhen.platform.validation.Violations;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What an OUTCOME report must satisfy (docs/contract.md §4.4.2): a period that has ended and did not end before the
 * project went into production; jobs, output value and tax paid, none negative nor beyond a bound no project reaches;
 * and, for a period reported before, "correction": true with a reason, which replaces the earlier figures.
 */
public final class OutcomeRules {

    public static final long MAX_JOBS = 10_000_000;
    public static final long MAX_YUAN = 10_000_000_000_000L;

    private OutcomeRules() {
    }

    /** Problems of the report's own fields against the project and today. */
    public static void check(Report report, Progress project, LocalDate today, Violations violations) {
        Outcome outcome = report.outcome() == null ? new Outcome(null, null, null, null) : report.outcome();
        Period period = outcome.period();
        if (period == null) {
            if (!violations.has("period")) {
                violations.add("period", "is required: a year like 2025 or a quarter like 2025-Q3");
            }
        } else if (!period.end().isBefore(today)) {
            violations.add("period", "must have ended: " + period + " ends on " + period.end() + ", today is " + today);
        } else if (project.inProductionOn() != null && period.end().isBefore(project.inProductionOn())) {
            violations.add("period", "must not end before the project went into production on "
                    + project.inProductionOn() + " (" + period + " ends on " + period.end() + ")");
        }
        amount(violations, "jobs", outcome.jobs(), MAX_JOBS, "people");
        amount(violations, "outputValueYuan", outcome.outputValueYuan(), MAX_YUAN, "yuan");
        amount(violations, "taxPaidYuan", outcome.taxPaidYuan(), MAX_YUAN, "yuan");
    }

    /** Problems of the report against the outcome already reported for its period, if there is one. */
    public static void checkCorrection(Report report, Optional<ReportedOutcome> earlier, Violations violations) {
        if (earlier.isPresent() && !report.correction()) {
            violations.add("correction", "must be true: " + earlier.get().period() + " was reported already (report "
                    + earlier.get().reportId() + "); a later report for it is a correction, with a reason");
        } else if (earlier.isEmpty() && report.correction()) {
            violations.add("correction", "has nothing to correct: no outcome was reported for "
                    + report.outcome().period() + " yet");
        }
        boolean corrects = earlier.isPresent() || report.correction();
        if (corrects && report.reason() == null && !violations.has("reason")) {
            violations.add("reason", "is required with a correction: say what was wrong with the figures before");
        }
    }

    private static void amount(Violations violations, String field, Long value, long max, String unit) {
        if (value == null) {
            if (!violations.has(field)) {
                violations.add(field, "is required");
            }
        } else if (value < 0) {
            violations.add(field, "must not be negative");
        } else if (value > max) {
            violations.add(field, "must be at most " + max + " " + unit);
        }
    }
}
