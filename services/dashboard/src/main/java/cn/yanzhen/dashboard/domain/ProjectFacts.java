package cn.yanzhen.dashboard.domain;

import cn.yanzhen.contracts.signing.Signing;
import cn.yanzhen.contracts.tracking.ProjectProgressed;
import cn.yanzhen.contracts.tracking.ProjectProgressed.ProjectStatus;
import cn.yanzhen.contracts.tracking.ProjectProgressed.ReportType;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One project as the topics tell it: the signing, its verdict, its progress and whether tracking found
 * it overdue. Counted the way tracking counts (PRODUCT.md §4): a withdrawn signing leaves the figures,
 * a cancelled one stays signed, a project that ever commenced counts as commenced. A repeat signing
 * ({@code repeat}) counts in its event's tables only: beyond it the project counts through its earliest signing.
 */
public record ProjectFacts(
        UUID signingId,
        String eventCode,
        String projectName,
        String investor,
        String destinationRegion,
        String industryCode,
        long investmentYuan,
        LocalDate signedOn,
        LocalDate plannedCommencement,
        ProjectStatus status,
        boolean commenced,
        boolean inProduction,
        long cumulativeYuan,
        String verdict,
        boolean overdue,
        boolean repeat) {

    public static ProjectFacts registered(Signing signing, String earlyVerdict) {
        return new ProjectFacts(signing.id(), signing.eventCode(), signing.projectName(), signing.investor().name(),
                signing.destinationRegion(), signing.industryCode(), signing.investmentYuan(), signing.signedOn(),
                signing.plannedCommencement(), ProjectStatus.SIGNED, false, false, 0, earlyVerdict, false,
                signing.repeatOf() != null);
    }

    /**
     * The signing as its event counts it (as tracking does): a repeat ({@code linked}) with the progress of its
     * project's earliest signing, unless either was withdrawn or the earliest was not seen yet.
     */
    public ProjectFacts following(boolean linked, ProjectFacts earliest) {
        if (!linked || earliest == null || status == ProjectStatus.WITHDRAWN
                || earliest.status() == ProjectStatus.WITHDRAWN) {
            return linked == repeat ? this : new ProjectFacts(signingId, eventCode, projectName, investor,
                    destinationRegion, industryCode, investmentYuan, signedOn, plannedCommencement, status, commenced,
                    inProduction, cumulativeYuan, verdict, overdue, linked);
        }
        return new ProjectFacts(signingId, eventCode, projectName, investor, destinationRegion, industryCode,
                investmentYuan, signedOn, plannedCommencement, earliest.status(), earliest.commenced(),
                earliest.inProduction(), earliest.cumulativeYuan(), verdict, earliest.overdue(), true);
    }

    public ProjectFacts withdrawn() {
        return with(ProjectStatus.WITHDRAWN, commenced, inProduction, cumulativeYuan, verdict, false);
    }

    public ProjectFacts matched(String newVerdict) {
        return with(status, commenced, inProduction, cumulativeYuan, newVerdict, overdue);
    }

    public ProjectFacts progressed(ProjectProgressed report) {
        boolean nowCommenced = commenced || report.type() == ReportType.COMMENCED;
        return with(report.status(), nowCommenced, inProduction || report.type() == ReportType.IN_PRODUCTION,
                report.cumulativeInvestmentYuan(), verdict, overdue && !nowCommenced);
    }

    /** Tracking raised OVERDUE_COMMENCEMENT; it holds until the project commences or closes. */
    public ProjectFacts markedOverdue() {
        return with(status, commenced, inProduction, cumulativeYuan, verdict, open() && !commenced);
    }

    public boolean counts() {
        return status != ProjectStatus.WITHDRAWN;
    }

    public boolean open() {
        return status == ProjectStatus.SIGNED || status == ProjectStatus.COMMENCED
                || status == ProjectStatus.IN_PRODUCTION;
    }

    public String division() {
        return industryCode.substring(0, 2);
    }

    private ProjectFacts with(ProjectStatus newStatus, boolean newCommenced, boolean newInProduction,
                              long newCumulative, String newVerdict, boolean newOverdue) {
        return new ProjectFacts(signingId, eventCode, projectName, investor, destinationRegion, industryCode,
                investmentYuan, signedOn, plannedCommencement, newStatus, newCommenced, newInProduction,
                newCumulative, newVerdict, newOverdue, repeat);
    }
}
