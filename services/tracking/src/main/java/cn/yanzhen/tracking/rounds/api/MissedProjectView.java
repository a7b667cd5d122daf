package cn.yanzhen.tracking.rounds.api;

import cn.yanzhen.tracking.rounds.domain.RoundOutcome;
import java.util.UUID;

/** A project that owed a report in a closed round and sent none by its due date (docs/contract.md §4.6). */
public record MissedProjectView(UUID signingId, String eventCode, String destinationRegion) {

    static MissedProjectView of(RoundOutcome outcome) {
        return new MissedProjectView(outcome.signingId(), outcome.eventCode(), outcome.destinationRegion());
    }
}
