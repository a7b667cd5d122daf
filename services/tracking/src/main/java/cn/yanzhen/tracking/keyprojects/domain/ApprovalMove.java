package cn.yanzhen.tracking.keyprojects.domain;

import cn.yanzhen.contracts.tracking.KeyPlan.Status;
import java.time.LocalDate;

/** An approval submitted or granted as an office reports it: the status it reaches, the day, and a note. */
public record ApprovalMove(Status status, LocalDate on, String note) {
}
