package cn.yanzhen.tracking.domain;

import cn.yanzhen.contracts.tracking.ProjectProgressed.ProjectStatus;
import cn.yanzhen.contracts.tracking.ProjectProgressed.ReportType;
import java.time.LocalDate;

/**
 * Where a project stands, and what a report does to it: commencement, investment (cumulative, never
 * decreasing unless corrected), production, cancellation. {@code lastGrowthOn} is the day investment
 * last grew (or the project commenced), from which INVESTMENT_STALLED is counted.
 */
public record Progress(ProjectStatus status, LocalDate signedOn, long investmentYuan, LocalDate commencedOn,
                       LocalDate inProductionOn, long cumulativeYuan, LocalDate lastGrowthOn) {

    public boolean open() {
        return status != ProjectStatus.WITHDRAWN && status != ProjectStatus.CANCELLED;
    }

    /** The project after an accepted report (the report has passed {@link ProgressRules}). */
    public Progress after(Report report) {
        return switch (report.type()) {
            case COMMENCED -> new Progress(ProjectStatus.COMMENCED, signedOn, investmentYuan, report.on(),
                    inProductionOn, cumulativeYuan, later(lastGrowthOn, report.on()));
            case IN_PRODUCTION -> new Progress(ProjectStatus.IN_PRODUCTION, signedOn, investmentYuan, commencedOn,
                    report.on(), cumulativeYuan, lastGrowthOn);
            case INVESTMENT -> new Progress(status, signedOn, investmentYuan, commencedOn, inProductionOn,
                    report.cumulativeYuan(), report.cumulativeYuan() > cumulativeYuan
                            ? later(lastGrowthOn, report.asOf()) : lastGrowthOn);
            case CANCELLED -> new Progress(ProjectStatus.CANCELLED, signedOn, investmentYuan, commencedOn,
                    inProductionOn, cumulativeYuan, lastGrowthOn);
            case NO_CHANGE -> this;
        };
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
