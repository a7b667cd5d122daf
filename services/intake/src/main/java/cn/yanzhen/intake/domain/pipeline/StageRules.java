package cn.yanzhen.intake.domain.pipeline;

import cn.yanzhen.contracts.pipeline.LeadStage;
import cn.yanzhen.platform.validation.TextRules;
import cn.yanzhen.platform.validation.Violations;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The pipeline's stages (docs/contract.md §4.1.3): a lead moves forward only, 线索 → 在谈 → 意向, skipping a stage if
 * the office did; it is dropped (放弃, with a reason) from any stage before the signing; SIGNED comes only from
 * linking it to its signing; SIGNED and DROPPED are final.
 */
public final class StageRules {

    private StageRules() {
    }

    /** The move's own fields, for a lead whose latest change took effect on {@code latest}. */
    public static void check(StageMove move, LocalDate latest, LocalDate today, Violations violations) {
        if (move.stage() == LeadStage.SIGNED) {
            violations.add("stage", "签约须通过关联签约项目（POST /api/leads/{leadId}/conversion） / a lead becomes "
                    + "SIGNED by linking it to its signing (POST /api/leads/{leadId}/conversion)");
        } else if (move.stage() == null && !violations.has("stage")) {
            violations.add("stage", "必填 / is required");
        }
        TextRules.optional(violations, "note", move.note(), LeadRules.MAX_NOTE);
        if (move.stage() == LeadStage.DROPPED && move.note() == null && !violations.has("note")) {
            violations.add("note", "放弃须说明原因 / is required when a lead is dropped: why");
        }
        LeadRules.day(violations, "on", move.on(), today);
        if (!violations.has("on") && latest != null && move.on().isBefore(latest)) {
            violations.add("on", "不能早于上一次变化（" + latest + "） / must not be before the lead's latest change ("
                    + latest + ")");
        }
    }

    /** Why the lead, now at {@code from}, cannot take the move; empty when it can. */
    public static Optional<String> refusal(LeadStage from, LeadStage to) {
        if (from.isFinal()) {
            return Optional.of("The lead is " + from + ", which is final.");
        }
        if (to != LeadStage.DROPPED && to.ordinal() <= from.ordinal()) {
            return Optional.of("A lead moves forward only (LEAD → NEGOTIATING → INTENT); it is " + from
                    + " and cannot move to " + to + ".");
        }
        return Optional.empty();
    }
}
