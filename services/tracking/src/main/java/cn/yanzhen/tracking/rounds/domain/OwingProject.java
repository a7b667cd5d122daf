package cn.yanzhen.tracking.rounds.domain;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A project that owes a report in a round (open, no repeat, signed by the due date, inside the scope), with
 * the date of its latest report not after the due date, if it has one.
 */
public record OwingProject(UUID signingId, String eventCode, String destinationRegion, LocalDate latestReportOn) {

    public RoundOutcome in(Round round) {
        return new RoundOutcome(signingId, eventCode, destinationRegion, round.answeredBy(latestReportOn));
    }
}
