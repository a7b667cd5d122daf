package cn.yanzhen.tracking.projects.domain;

import cn.yanzhen.contracts.tracking.ProjectProgressed.ProjectStatus;
import cn.yanzhen.contracts.tracking.ProjectProgressed.ReportType;
import java.time.LocalDate;

/**
 * Where a project stands, and what a report does to it: commencement, investment (cumulative, never
 * decreasing unless corrected), production, cancellation. {@code lastGrowthOn} is the day investment
 * last grew (or the project commenced), from which INVESTMENT_STALLED is counted. A milestone whose report
 * a verifier rejected ({@code commencementRejected}, {@code productionRejected}) stands as reported until
 * the office sends a corrected report of it, which replaces its date. {@code reachedCapacityOn} is the day the
 * project reached its design capacity (达产), which leaves its status IN_PRODUCTION.
 */
public record Progress(ProjectStatus status, LocalDate signedOn, long investmentYuan, LocalDate commencedOn,
                       LocalDate inProductionOn, long cumulativeYuan, LocalDate lastGrowthOn,
                       boolean commencementRejected, boolean productionRejected, LocalDate reachedCapacityOn,
                       boolean capacityRejected) {

    /** A project that has not reached its design capacity. */
    public Progress(ProjectStatus status, LocalDate signedOn, long investmentYuan, LocalDate commencedOn,
                    LocalDate inProductionOn, long cumulativeYuan, LocalDate lastGrowthOn,
                    boolean commencementRejected, boolean productionRejected) {
        this(status, signedOn, investmentYuan, commencedOn, inProductionOn, cumulativeYuan, lastGrowthOn,
                commencementRejected, productionRejected, null, false);
    }

    /** A project none of whose milestones was rejected. */
    public Progress(ProjectStatus status, LocalDate signedOn, long investmentYuan, LocalDate commencedOn,
                    LocalDate inProductionOn, long cumulativeYuan, LocalDate lastGrowthOn) {
        this(status, signedOn, investmentYuan, commencedOn, inProductionOn, cumulativeYuan, lastGrowthOn, false, false);
    }

    public boolean open() {
        return status != ProjectStatus.WITHDRAWN && status != ProjectStatus.CANCELLED;
    }

    /** The project after an accepted report (the report has passed {@link ProgressRules}). */
    public Progress after(Report report) {
        if (report.type() == ReportType.REACHED_DESIGN_CAPACITY) {
            return new Progress(status, signedOn, investmentYuan, commencedOn, inProductionOn, cumulativeYuan,
                    lastGrowthOn, commencementRejected, productionRejected, report.on(), false);
        }
        return withCapacityOf(milestoneAfter(report));
    }

    private Progress milestoneAfter(Report report) {
        return switch (report.type()) {
            case COMMENCED -> new Progress(inProductionOn != null ? ProjectStatus.IN_PRODUCTION : ProjectStatus.COMMENCED,
                    signedOn, investmentYuan, report.on(), inProductionOn, cumulativeYuan,
                    later(lastGrowthOn, report.on()), false, productionRejected);
            case IN_PRODUCTION -> new Progress(ProjectStatus.IN_PRODUCTION, signedOn, investmentYuan, commencedOn,
                    report.on(), cumulativeYuan, lastGrowthOn, commencementRejected, false);
            case INVESTMENT -> new Progress(status, signedOn, investmentYuan, commencedOn, inProductionOn,
                    report.cumulativeYuan(), report.cumulativeYuan() > cumulativeYuan
                            ? later(lastGrowthOn, report.asOf()) : lastGrowthOn, commencementRejected,
                    productionRejected);
            case CANCELLED -> new Progress(ProjectStatus.CANCELLED, signedOn, investmentYuan, commencedOn,
                    inProductionOn, cumulativeYuan, lastGrowthOn, commencementRejected, productionRejected);
            case NO_CHANGE, OUTCOME, REACHED_DESIGN_CAPACITY -> this;
        };
    }

    private Progress withCapacityOf(Progress next) {
        return new Progress(next.status, signedOn, investmentYuan, next.commencedOn, next.inProductionOn,
                next.cumulativeYuan, next.lastGrowthOn, next.commencementRejected, next.productionRejected,
                reachedCapacityOn, capacityRejected);
    }

    /** The project once a verifier rejected its report of this type: a milestone may then be reported again. */
    public Progress rejected(ReportType type) {
        return new Progress(status, signedOn, investmentYuan, commencedOn, inProductionOn, cumulativeYuan, lastGrowthOn,
                commencementRejected || type == ReportType.COMMENCED,
                productionRejected || type == ReportType.IN_PRODUCTION, reachedCapacityOn,
                capacityRejected || type == ReportType.REACHED_DESIGN_CAPACITY);
    }

    /** Whether an accepted report made the cumulative investment exceed the signed amount for the first time. */
    public boolean exceedsSignedAfter(Report report) {
        return report.type() == ReportType.INVESTMENT && cumulativeYuan <= investmentYuan
                && report.cumulativeYuan() > investmentYuan;
    }

    private static LocalDate later(LocalDate current, LocalDate candidate) {
        return current == null || candidate.isAfter(current) ? candidate : current;
    }
}
