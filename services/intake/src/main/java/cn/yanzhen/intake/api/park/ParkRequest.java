package cn.yanzhen.intake.api.park;

import cn.yanzhen.intake.domain.park.ParkRules;
import cn.yanzhen.intake.domain.park.ParkSubmission;
import cn.yanzhen.platform.api.JsonFieldReader;
import cn.yanzhen.platform.validation.Violations;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;

/** The body of {@code PUT /api/parks/{code}} read into a submission; every mistyped field becomes a violation. */
final class ParkRequest {

    static final Set<String> FIELDS = Set.of("name", "region", "level", "plannedLandMu", "availableLandMu", "partner",
            "priorityIndustries");

    private ParkRequest() {
    }

    static ParkSubmission read(String code, JsonNode body, Violations violations) {
        JsonFieldReader fields = new JsonFieldReader(body, FIELDS, violations);
        return new ParkSubmission(code, fields.text("name"), fields.text("region"), fields.text("level"),
                fields.number("plannedLandMu"), fields.number("availableLandMu"), fields.text("partner"),
                fields.textList("priorityIndustries", ParkRules.MAX_INDUSTRIES));
    }
}
