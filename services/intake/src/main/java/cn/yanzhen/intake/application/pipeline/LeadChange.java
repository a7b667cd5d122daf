package cn.yanzhen.intake.application.pipeline;

import cn.yanzhen.contracts.pipeline.Lead;

/** A lead as a request left it, and whether the request changed it (false: the same request again). */
public record LeadChange(Lead lead, boolean changed) {
}
