package cn.yanzhen.tracking.keyprojects.domain;

import cn.yanzhen.contracts.tracking.KeyPlan.Approval;
import cn.yanzhen.contracts.tracking.KeyPlan.Status;
import cn.yanzhen.tracking.figures.domain.FigureContribution;
import java.util.ArrayList;
import java.util.List;

/**
 * What a key project puts in its scopes' key-project figures (docs/contract.md §4.9): one PROJECT, and each approval
 * under GRANTED, LATE (not granted, found late by the approval watch) or OPEN (not granted, not late). A change of the
 * plan takes back what it counted (−1) and counts what it counts now (+1), so the figures are exact without reading
 * the plans.
 */
public record KeyPlanMark(Measure measure) {

    public enum Measure { PROJECT, GRANTED, OPEN, LATE }

    /** The kind of figure key-plan marks are: scope_key_project's counts per mark. */
    public static final String KIND = "key-project";

    public static KeyPlanMark of(Approval approval) {
        if (approval.status() == Status.GRANTED) {
            return new KeyPlanMark(Measure.GRANTED);
        }
        return new KeyPlanMark(approval.lateSince() == null ? Measure.OPEN : Measure.LATE);
    }

    /** The plan with these approvals counted {@code times} more (−1: the plan as it was before a change). */
    public static List<FigureContribution> counted(List<Approval> approvals, long times) {
        List<FigureContribution> contributions = new ArrayList<>();
        contributions.add(FigureContribution.of(KIND, new KeyPlanMark(Measure.PROJECT), times));
        approvals.forEach(approval -> contributions.add(FigureContribution.of(KIND, of(approval), times)));
        return contributions;
    }
}
