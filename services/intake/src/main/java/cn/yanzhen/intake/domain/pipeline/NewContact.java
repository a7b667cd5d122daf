package cn.yanzhen.intake.domain.pipeline;

import java.time.LocalDate;

/** A day the office met or spoke with the firm, and what came of it. */
public record NewContact(LocalDate on, String note) {
}
