package cn.yanzhen.tracking.figures.domain;

import cn.yanzhen.contracts.tracking.ProjectProgressed.ReportType;
import java.time.LocalDate;

/**
 * What verifiers have confirmed of a project: its commencement, its start of production, and the
 * cumulative investment of the latest-received INVESTMENT report they verified ({@code investmentReport}, the
 * order in which tracking received it, so verifying an older report after a newer one leaves the newer figure
 * standing; 0 when none), and the day it reached its design capacity (达产).
 */
public record VerifiedProgress(LocalDate commencedOn, LocalDate inProductionOn, long cumulativeYuan,
                               long investmentReport, LocalDate reachedCapacityOn) {

    public static final VerifiedProgress NONE = new VerifiedProgress(null, null, 0, 0);

    /** Verified progress short of design capacity. */
    public VerifiedProgress(LocalDate commencedOn, LocalDate inProductionOn, long cumulativeYuan, long investmentReport) {
        this(commencedOn, inProductionOn, cumulativeYuan, investmentReport, null);
    }

    /** The verified progress once a report of this type, with these figures, is verified. */
    public VerifiedProgress after(ReportType type, LocalDate on, Long cumulative, long received) {
        return switch (type) {
            case COMMENCED -> new VerifiedProgress(on, inProductionOn, cumulativeYuan, investmentReport, reachedCapacityOn);
            case IN_PRODUCTION -> new VerifiedProgress(commencedOn, on, cumulativeYuan, investmentReport,
                    reachedCapacityOn);
            case REACHED_DESIGN_CAPACITY -> new VerifiedProgress(commencedOn, inProductionOn, cumulativeYuan,
                    investmentReport, on);
            case INVESTMENT -> investmentReport > received ? this
                    : new VerifiedProgress(commencedOn, inProductionOn, cumulative, received, reachedCapacityOn);
            case CANCELLED, NO_CHANGE, OUTCOME ->
                    throw new IllegalArgumentException(type + " reports are not verified");
        };
    }
}
