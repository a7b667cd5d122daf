package cn.yanzhen.contracts.tracking;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Payload of {@code yanzhen.key-plan.changed} and body of tracking's {@code GET /api/projects/{signingId}/key-plan}
 * (docs/contract.md §4.9): a key project (重大项目) with its plan (一项一策) as it stands, the landing officer (落地专员)
 * who follows it and each approval it still needs or has, in the order of {@link Kind}.
 */
public record KeyPlan(
        UUID signingId,
        String eventCode,
        String destinationRegion,
        String projectName,
        String officer,
        List<Approval> approvals,
        String changedBy,
        Instant changedAt) {

    public KeyPlan {
        approvals = List.copyOf(approvals);
    }

    /** 用地, 规划, 环评, 能评, 施工许可, or another the plan names. */
    public enum Kind {
        LAND,
        PLANNING,
        ENVIRONMENT,
        ENERGY,
        CONSTRUCTION_PERMIT,
        OTHER
    }

    /** NEEDED → SUBMITTED → GRANTED, or NEEDED → GRANTED; GRANTED is final. */
    public enum Status {
        NEEDED,
        SUBMITTED,
        GRANTED
    }

    /**
     * One approval of the plan: its kind (and name for OTHER), the day it is due, where it stands and on which days
     * it was submitted and granted, the office's last note, and the day it became late (the day after {@code dueOn},
     * set once the approval watch has found it not GRANTED by then; null otherwise).
     */
    public record Approval(Kind kind, String name, LocalDate dueOn, Status status, LocalDate submittedOn,
                           LocalDate grantedOn, String note, LocalDate lateSince) {
    }
}
