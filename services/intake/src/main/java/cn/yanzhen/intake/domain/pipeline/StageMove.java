package cn.yanzhen.intake.domain.pipeline;

import cn.yanzhen.contracts.pipeline.LeadStage;
import java.time.LocalDate;

/** A lead moved on to {@code stage} from the day {@code on}; the note says why (required when it is dropped). */
public record StageMove(LeadStage stage, LocalDate on, String note) {
}
