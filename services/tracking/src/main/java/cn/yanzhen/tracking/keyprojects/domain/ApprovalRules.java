package cn.yanzhen.tracking.keyprojects.domain;

import cn.yanzhen.contracts.tracking.KeyPlan.Approval;
import cn.yanzhen.contracts.tracking.KeyPlan.Status;
import cn.yanzhen.platform.validation.TextRules;
import cn.yanzhen.platform.validation.Violations;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * An approval's moves (docs/contract.md §4.9): NEEDED → SUBMITTED → GRANTED, or NEEDED → GRANTED straight away;
 * GRANTED is final. A move's day is not before the signing, nor before the approval was submitted, nor after today.
 */
public final class ApprovalRules {

    private ApprovalRules() {
    }

    /** The fields of a move: a status it can reach, a day, an optional note. */
    public static void check(ApprovalMove move, Violations violations) {
        if (move.status() == Status.NEEDED) {
            violations.add("status", "must be SUBMITTED or GRANTED");
        } else if (move.status() == null && !violations.has("status")) {
            violations.add("status", "is required");
        }
        if (move.on() == null && !violations.has("on")) {
            violations.add("on", "is required");
        }
        TextRules.optional(violations, "note", move.note(), KeyPlanRules.MAX_NOTE);
    }

    /** Whether the move is what the approval already says: the same request again. */
    public static boolean isTheLatest(Approval approval, ApprovalMove move) {
        LocalDate reached = move.status() == Status.GRANTED ? approval.grantedOn() : approval.submittedOn();
        return approval.status() == move.status() && move.on().equals(reached)
                && Objects.equals(approval.note(), move.note());
    }

    /** Why the approval cannot take the move; empty when it can. */
    public static Optional<String> conflict(Approval approval, ApprovalMove move) {
        if (approval.status() == Status.GRANTED) {
            return Optional.of("the " + approval.kind() + " approval was GRANTED on " + approval.grantedOn()
                    + ", which is final");
        }
        if (approval.status() == Status.SUBMITTED && move.status() == Status.SUBMITTED) {
            return Optional.of("the " + approval.kind() + " approval was SUBMITTED on " + approval.submittedOn()
                    + "; it moves only to GRANTED");
        }
        return Optional.empty();
    }

    /** Its day against the project's signing, the approval's submission and today. */
    public static void checkDay(Approval approval, ApprovalMove move, LocalDate signedOn, LocalDate today,
                                Violations violations) {
        if (move.on().isBefore(signedOn)) {
            violations.add("on", "must not be before the project was signed (" + signedOn + ")");
        } else if (approval.submittedOn() != null && move.on().isBefore(approval.submittedOn())) {
            violations.add("on", "must not be before the approval was submitted (" + approval.submittedOn() + ")");
        } else if (move.on().isAfter(today)) {
            violations.add("on", "must not be after today (" + today + ")");
        }
    }

    /** The approval after the move; it keeps the day it became late, if it did. */
    public static Approval taken(Approval approval, ApprovalMove move) {
        return new Approval(approval.kind(), approval.name(), approval.dueOn(), move.status(),
                move.status() == Status.SUBMITTED ? move.on() : approval.submittedOn(),
                move.status() == Status.GRANTED ? move.on() : null, move.note(), approval.lateSince());
    }

    /** The approval found late by the watch: from the day after its due date. */
    public static Approval late(Approval approval) {
        return new Approval(approval.kind(), approval.name(), approval.dueOn(), approval.status(),
                approval.submittedOn(), approval.grantedOn(), approval.note(), approval.dueOn().plusDays(1));
    }
}
