package cn.yanzhen.tracking.figures.api;

import cn.yanzhen.platform.validation.Violations;
import cn.yanzhen.tracking.figures.domain.FlowLevel;
import cn.yanzhen.tracking.figures.domain.SendingScopes;
import java.util.Optional;

/** The query parameters of the sending side (docs/contract.md §4.5.5): an origin's scope and a level of flows. */
final class SendingParams {

    private SendingParams() {
    }

    /** The scope of an origin, asked alone. */
    static String origin(String origin, boolean withOthers) {
        Violations violations = new Violations();
        if (withOthers) {
            violations.add("origin", "give origin alone, without event, region, industry, zone or factorClass");
        }
        if (!origin.strip().matches("\\d{6}")) {
            violations.add("origin", "must be a GB/T 2260 code of 6 digits");
        }
        violations.throwIfAny("The figures are asked for a scope that is not kept.");
        return SendingScopes.origin(origin.strip());
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
