package cn.yanzhen.tracking.figures.api;

import cn.yanzhen.platform.validation.Violations;
import cn.yanzhen.tracking.figures.domain.Scopes;
import cn.yanzhen.tracking.figures.domain.SendingScopes;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The scopes one query parameter names alone: an investor's origin (docs/contract.md §4.5.5), a park or an industrial
 * chain (§4.5.7). With any other scope parameter it is a 400 naming the parameter.
 */
final class SoleScopeParams {

    private static final String CODE = "[A-Z0-9][A-Z0-9-]{1,31}";
    private static final String CODE_PROBLEM = "2–32 位大写字母、数字或 '-' / must be 2 to 32 upper-case letters, digits"
            + " or '-', not starting with '-'";

    private SoleScopeParams() {
    }

    /** The scope of the one sole parameter given, none when none is. */
    static Optional<String> scope(boolean othersGiven, String origin, String park, String chain) {
        List<Named> given = List.of(
                        new Named("origin", origin, "\\d{6}", "must be a GB/T 2260 code of 6 digits",
                                SendingScopes::origin),
                        new Named("park", park, CODE, CODE_PROBLEM, Scopes::park),
                        new Named("chain", chain, CODE, CODE_PROBLEM, Scopes::chain))
                .stream().filter(Named::given).toList();
        if (given.isEmpty()) {
            return Optional.empty();
        }
        Named named = given.get(0);
        Violations violations = new Violations();
        if (othersGiven || given.size() > 1) {
            violations.add(named.field(), "give " + named.field() + " alone, without event, region, industry, zone,"
                    + " factorClass, origin, park or chain");
        }
        if (!named.value().strip().matches(named.pattern())) {
            violations.add(named.field(), named.problem());
        }
        violations.throwIfAny("The figures are asked for a scope that is not kept.");
        return Optional.of(named.scopeOf().apply(named.value().strip()));
    }

    private record Named(String field, String value, String pattern, String problem, UnaryOperator<String> scopeOf) {

        boolean given() {
            return value != null && !value.isBlank();
        }
    }
}
