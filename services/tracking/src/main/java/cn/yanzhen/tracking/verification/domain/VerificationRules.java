package cn.yanzhen.tracking.verification.domain;

import cn.yanzhen.contracts.tracking.ProjectProgressed.ProjectStatus;
import cn.yanzhen.contracts.tracking.ProjectProgressed.ReportType;
import cn.yanzhen.contracts.tracking.ReportVerified.Verdict;
import cn.yanzhen.platform.validation.TextRules;
import cn.yanzhen.platform.validation.Violations;
import cn.yanzhen.tracking.projects.domain.Report;
import cn.yanzhen.tracking.projects.domain.ReportRefused;
import java.util.Objects;
import java.util.Optional;

/**
 * Who may decide on a report, and when (docs/contract.md §4.4.1): reports that move the figures of progress
 * are verified or rejected once; nobody decides on a report they made; a withdrawn signing's reports are
 * no longer decided.
 */
public final class VerificationRules {

    private static final int MAX_NOTE = 500;

    private VerificationRules() {
    }

    /** The report as a verifier meets it: its type, who made it, and the verdict it already has, if any. */
    public record ReportFacts(String reportId, ReportType type, String reportedBy, Verdict verdict, String note) {
    }

    /**
     * Why this decision is refused, or empty when it may be taken or repeats the one taken (the caller
     * answers the same again). {@link ReportRefused.Reason#NOT_ALLOWED} for one's own report.
     */
    public static Optional<ReportRefused> refusal(ReportFacts report, ProjectStatus projectStatus, ReportDecision decision,
                                                  String verifier) {
        if (!Report.verifiable(report.type())) {
            return conflict("Report " + report.reportId() + " is a " + report.type()
                    + " report; only COMMENCED, IN_PRODUCTION, REACHED_DESIGN_CAPACITY and INVESTMENT reports are verified.");
        }
        if (verifier != null && verifier.equals(report.reportedBy())) {
            return Optional.of(new ReportRefused(ReportRefused.Reason.NOT_ALLOWED, "Report " + report.reportId()
                    + " was made by you (" + verifier + "); a report is verified by someone other than its author."));
        }
        if (report.verdict() != null) {
            boolean same = report.verdict() == decision.verdict()
                    && Objects.equals(report.note(), decision.note());
            return same ? Optional.empty() : conflict("Report " + report.reportId() + " was already "
                    + report.verdict() + "; a verdict is final. A rejected report is answered by a corrected one.");
        }
        if (projectStatus == ProjectStatus.WITHDRAWN) {
            return conflict("The signing was withdrawn by its organiser; its reports are no longer verified.");
        }
        return Optional.empty();
    }

    /** Field problems of a decision, for a 400 naming each. */
    public static void check(ReportDecision decision, Violations violations) {
        if (decision.verdict() == null && !violations.has("verdict")) {
            violations.add("verdict", "must be VERIFIED or REJECTED");
        }
        TextRules.optional(violations, "note", decision.note(), MAX_NOTE);
        if (decision.verdict() == Verdict.REJECTED && decision.note() == null && !violations.has("note")) {
            violations.add("note", "is required to reject a report: say what the office has to correct");
        }
    }

    private static Optional<ReportRefused> conflict(String message) {
        return Optional.of(new ReportRefused(ReportRefused.Reason.CONFLICT, message));
    }
}
