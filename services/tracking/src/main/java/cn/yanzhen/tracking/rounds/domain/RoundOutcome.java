package cn.yanzhen.tracking.rounds.domain;

import java.util.UUID;

/** A project that owes a report in a round, and whether it sent one. */
public record RoundOutcome(UUID signingId, String eventCode, String destinationRegion, boolean reported) {
}
