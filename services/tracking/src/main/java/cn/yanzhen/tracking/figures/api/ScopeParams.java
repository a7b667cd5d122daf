package cn.yanzhen.tracking.figures.api;

import cn.yanzhen.contracts.reference.FactorClass;
import cn.yanzhen.contracts.reference.Zone;
import cn.yanzhen.platform.api.ProblemException;
import cn.yanzhen.platform.validation.Violations;
import cn.yanzhen.tracking.figures.domain.Scopes;
import java.util.Arrays;
import java.util.stream.Stream;

/**
 * The one scope that query parameters name: {@code all} when none is given; event, region or industry alone; a region
 * with an industry (their cut); an event with a region (its prefecture breakdown) or with an industry (its division
 * breakdown); zone with factorClass.
 */
public final class ScopeParams {

    private static final String ZONES = String.join(", ", Arrays.stream(Zone.values()).map(Enum::name).toList());

    private ScopeParams() {
    }

    /** One of the scopes every figure is kept for: at most one of event, region and industry. */
    public static String scope(String event, String region, String industry) {
        if (Stream.of(event, region, industry).filter(ScopeParams::given).count() > 1) {
            refuse("event", "give at most one of event, region and industry");
        }
        return scope(event, region, industry, null, null);
    }

    /** Any scope, the dashboard's breakdowns included. */
    public static String scope(String event, String region, String industry, String zone, String factorClass) {
        String regionCode = given(region) ? checked("region", region, "\\d{6}", "must be a GB/T 2260 code of 6 digits")
                : null;
        String division = given(industry) ? checked("industry", industry, "\\d{2}",
                "must be a GB/T 4754 division of 2 digits") : null;
        if (given(zone) || given(factorClass)) {
            return zoneFactor(given(event) || regionCode != null || division != null, zone, factorClass);
        }
        if (!given(event) && regionCode != null && division != null) {
            return Scopes.regionIndustry(regionCode, division);
        }
        if (!given(event)) {
            return regionCode != null ? Scopes.region(regionCode)
                    : division != null ? Scopes.industry(division) : Scopes.ALL;
        }
        String eventCode = event.strip();
        if (regionCode != null && division != null) {
            refuse("industry", "give an event with a region or with an industry, not with both");
        }
        return regionCode != null ? Scopes.eventPrefecture(eventCode, regionCode)
                : division != null ? Scopes.eventIndustry(eventCode, division) : Scopes.event(eventCode);
    }

    private static String zoneFactor(boolean withOthers, String zone, String factorClass) {
        Violations violations = new Violations();
        if (withOthers) {
            violations.add("zone", "give zone and factorClass together, without event, region or industry");
        }
        if (!given(zone) || Arrays.stream(Zone.values()).noneMatch(known -> known.name().equals(zone.strip()))) {
            violations.add("zone", "must be one of " + ZONES);
        }
        if (!given(factorClass) || !factorClass.strip().matches("LABOUR|RESOURCE|CAPITAL|TECHNOLOGY")) {
            violations.add("factorClass", "must be one of LABOUR, RESOURCE, CAPITAL, TECHNOLOGY");
        }
        violations.throwIfAny("The figures are asked for a scope that is not kept.");
        return "zone-factor:" + zone.strip() + ":" + FactorClass.valueOf(factorClass.strip());
    }

    private static String checked(String field, String value, String pattern, String problem) {
        if (!value.strip().matches(pattern)) {
            throw ProblemException.badRequest(field, problem);
        }
        return value.strip();
    }

    private static void refuse(String field, String problem) {
        Violations violations = new Violations();
        violations.add(field, problem);
        violations.throwIfAny("The figures are asked for a scope that is not kept.");
    }

    private static boolean given(String value) {
        return value != null && !value.isBlank();
    }
}
