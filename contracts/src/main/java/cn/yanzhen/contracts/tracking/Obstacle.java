package cn.yanzhen.contracts.tracking;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Payload of {@code yanzhen.obstacle.changed} and body of tracking's
 * {@code GET /api/projects/{signingId}/obstacles/{obstacleId}} (docs/contract.md §4.7): one entry of a project's
 * ledger of difficulties (企业困难问题台账) as it stands, with every change it went through, oldest first.
 */
public record Obstacle(
        String obstacleId,
        UUID signingId,
        String eventCode,
        String destinationRegion,
        Category category,
        String description,
        String department,
        Status status,
        LocalDate openedOn,
        LocalDate closedOn,
        String resolution,
        List<Change> history) {

    public enum Category {
        LAND,
        POWER,
        WATER,
        FINANCING,
        PERMIT,
        LABOUR,
        LOGISTICS,
        OTHER
    }

    /** OPEN → IN_PROGRESS → RESOLVED; OPEN or IN_PROGRESS → WITHDRAWN. RESOLVED and WITHDRAWN are final. */
    public enum Status {
        OPEN,
        IN_PROGRESS,
        RESOLVED,
        WITHDRAWN;

        /** Still holding the project back: OPEN or IN_PROGRESS. */
        public boolean unresolved() {
            return this == OPEN || this == IN_PROGRESS;
        }
    }

    /** One step of the obstacle: the status it reached, the day it did, why, who recorded it and when. */
    public record Change(Status status, LocalDate on, String note, String by, Instant at) {
    }
}
