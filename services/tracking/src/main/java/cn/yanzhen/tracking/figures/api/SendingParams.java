package cn.yanzhen.tracking.figures.api;

import cn.yanzhen.platform.validation.Violations;
import cn.yanzhen.tracking.figures.domain.FlowLevel;
import java.util.Optional;

/** The level of flows the sending side is asked at (docs/contract.md §4.5.5). */
final class SendingParams {

    private SendingParams() {
    }

    static FlowLevel level(String level) {
        Optional<FlowLevel> named = level == null ? Optional.empty() : FlowLevel.named(level.strip());
        if (named.isEmpty()) {
            Violations violations = new Violations();
            violations.add("level", "must be province or zone");
            violations.throwIfAny("The flows are asked at a level that is not kept.");
        }
        return named.get();
    }
}
