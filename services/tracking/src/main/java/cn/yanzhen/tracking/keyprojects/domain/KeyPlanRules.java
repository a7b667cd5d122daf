package cn.yanzhen.tracking.keyprojects.domain;

import cn.yanzhen.contracts.tracking.KeyPlan.Approval;
import cn.yanzhen.contracts.tracking.KeyPlan.Kind;
import cn.yanzhen.contracts.tracking.KeyPlan.Status;
import cn.yanzhen.platform.validation.TextRules;
import cn.yanzhen.platform.validation.Violations;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A key project's plan (docs/contract.md §4.9): what it must carry, and how it may change. An approval is settled once
 * GRANTED or past its due date: from then on its due date and name stay and it stays in the plan, so a late approval
 * cannot be made on time by moving its date. Every other approval may be moved, renamed or dropped, and any may be
 * added; the officer may change at any time.
 */
public final class KeyPlanRules {

    public static final int MAX_OFFICER = 200;
    public static final int MAX_NAME = 100;
    public static final int MAX_NOTE = 500;
    public static final int MAX_APPROVALS = Kind.values().length;

    private KeyPlanRules() {
    }

    /** The fields of a plan, as far as they can be judged without its project. */
    public static void check(KeyPlanRequest plan, Violations violations) {
        TextRules.required(violations, "officer", plan.officer(), MAX_OFFICER);
        if (plan.approvals().isEmpty() && !violations.has("approvals")) {
            violations.add("approvals", "must name at least one approval (kind, dueOn)");
        }
        Set<Kind> seen = EnumSet.noneOf(Kind.class);
        for (int i = 0; i < plan.approvals().size(); i++) {
            PlannedApproval approval = plan.approvals().get(i);
            String at = "approvals[" + i + "].";
            if (approval.kind() == null && !violations.has(at + "kind")) {
                violations.add(at + "kind", "is required");
            } else if (approval.kind() != null && !seen.add(approval.kind())) {
                violations.add(at + "kind", "appears twice: a plan has one approval of each kind");
            }
            if (approval.kind() == Kind.OTHER) {
                TextRules.required(violations, at + "name", approval.name(), MAX_NAME);
            } else {
                TextRules.optional(violations, at + "name", approval.name(), MAX_NAME);
            }
            if (approval.dueOn() == null && !violations.has(at + "dueOn")) {
                violations.add(at + "dueOn", "is required");
            }
        }
    }

    /** Its due dates against its project: none before the signing. */
    public static void checkDueDates(KeyPlanRequest plan, LocalDate signedOn, Violations violations) {
        for (int i = 0; i < plan.approvals().size(); i++) {
            if (plan.approvals().get(i).dueOn().isBefore(signedOn)) {
                violations.add("approvals[" + i + "].dueOn", "must not be before the project was signed (" + signedOn
                        + ")");
            }
        }
    }

    /** Whether the plan asks for exactly what stands: the same request again. */
    public static boolean sameAs(String officer, List<Approval> current, KeyPlanRequest plan) {
        return officer.equals(plan.officer()) && planned(current).equals(ordered(plan.approvals()));
    }

    /** Why the plan cannot replace {@code current} as of {@code today}; empty when it can. */
    public static Optional<String> conflict(List<Approval> current, KeyPlanRequest plan, LocalDate today) {
        Map<Kind, PlannedApproval> asked = byKind(plan.approvals(), PlannedApproval::kind);
        for (Approval approval : current) {
            if (!settled(approval, today)) {
                continue;
            }
            PlannedApproval wanted = asked.get(approval.kind());
            String why = approval.status() == Status.GRANTED ? "GRANTED" : "past its due date " + approval.dueOn();
            if (wanted == null) {
                return Optional.of("the " + approval.kind() + " approval is " + why + "; it stays in the plan");
            }
            if (!wanted.dueOn().equals(approval.dueOn()) || !Objects.equals(wanted.name(), approval.name())) {
                return Optional.of("the " + approval.kind() + " approval is " + why + "; its due date and name stay "
                        + approval.dueOn() + (approval.name() == null ? "" : " and " + approval.name()));
            }
        }
        return Optional.empty();
    }

    /** The approvals after the plan: each kept approval with its status, dates and note, each new one NEEDED. */
    public static List<Approval> applied(List<Approval> current, KeyPlanRequest plan) {
        Map<Kind, Approval> standing = byKind(current, Approval::kind);
        return ordered(plan.approvals()).stream().map(wanted -> Optional.ofNullable(standing.get(wanted.kind()))
                .map(was -> new Approval(wanted.kind(), wanted.name(), wanted.dueOn(), was.status(), was.submittedOn(),
                        was.grantedOn(), was.note(), was.lateSince()))
                .orElseGet(() -> new Approval(wanted.kind(), wanted.name(), wanted.dueOn(), Status.NEEDED, null, null,
                        null, null))).toList();
    }

    /** GRANTED, or not granted by its due date: today is after it. */
    public static boolean settled(Approval approval, LocalDate today) {
        return approval.status() == Status.GRANTED || today.isAfter(approval.dueOn());
    }

    private static List<PlannedApproval> planned(List<Approval> approvals) {
        return ordered(approvals.stream().map(approval -> new PlannedApproval(approval.kind(), approval.name(),
                approval.dueOn())).toList());
    }

    private static List<PlannedApproval> ordered(List<PlannedApproval> approvals) {
        return approvals.stream().sorted(Comparator.comparing(PlannedApproval::kind)).toList();
    }

    private static <T> Map<Kind, T> byKind(List<T> items, Function<T, Kind> kind) {
        return items.stream().collect(Collectors.toMap(kind, Function.identity()));
    }
}
