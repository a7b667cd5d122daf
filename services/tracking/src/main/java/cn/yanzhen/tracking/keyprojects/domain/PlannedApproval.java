package cn.yanzhen.tracking.keyprojects.domain;

import cn.yanzhen.contracts.tracking.KeyPlan.Kind;
import java.time.LocalDate;

/** An approval as an office plans it: its kind, its name (required for OTHER) and the day it is due. */
public record PlannedApproval(Kind kind, String name, LocalDate dueOn) {
}
