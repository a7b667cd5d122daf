package cn.yanzhen.tracking.figures.api;

import cn.yanzhen.platform.api.ProblemException;
import cn.yanzhen.platform.validation.Violations;
import cn.yanzhen.tracking.figures.domain.Scopes;
import java.util.ArrayList;
import java.util.List;

/** The one scope that query parameters event, region and industry name: {@code all} when none is given. */
public final class ScopeParams {

    private ScopeParams() {
    }

    public static String scope(String event, String region, String industry) {
        List<String> scopes = new ArrayList<>();
        if (given(event)) {
            scopes.add(Scopes.event(event.strip()));
        }
        if (given(region)) {
            if (!region.strip().matches("\\d{6}")) {
                throw ProblemException.badRequest("region", "must be a GB/T 2260 code of 6 digits");
            }
            scopes.add(Scopes.region(region.strip()));
        }
        if (given(industry)) {
            if (!industry.strip().matches("\\d{2}")) {
                throw ProblemException.badRequest("industry", "must be a GB/T 4754 division of 2 digits");
            }
            scopes.add(Scopes.industry(industry.strip()));
        }
        if (scopes.size() > 1) {
            Violations violations = new Violations();
            violations.add("event", "give at most one of event, region and industry");
            violations.throwIfAny("The figures are asked for several scopes at once.");
        }
        return scopes.isEmpty() ? Scopes.ALL : scopes.get(0);
    }

    private static boolean given(String value) {
        return value != null && !value.isBlank();
    }
}
