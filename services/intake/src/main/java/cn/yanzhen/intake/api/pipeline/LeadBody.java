package cn.yanzhen.intake.api.pipeline;

import cn.yanzhen.contracts.pipeline.LeadStage;
import cn.yanzhen.contracts.signing.Investor;
import cn.yanzhen.intake.domain.pipeline.LeadRules;
import cn.yanzhen.intake.domain.pipeline.NewContact;
import cn.yanzhen.intake.domain.pipeline.NewLead;
import cn.yanzhen.intake.domain.pipeline.StageMove;
import cn.yanzhen.platform.api.JsonFieldReader;
import cn.yanzhen.platform.validation.Violations;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** A lead, a contact, a stage move and a conversion as an office sends them: each field read, each problem named. */
final class LeadBody {

    private static final Set<String> LEAD_FIELDS = Set.of("leadId", "firm.name", "firm.creditCode",
            "firm.originRegion", "projectName", "destinationRegion", "industryCode", "chainCode", "expectedInvestmentYuan", "officer",
            "firstContactOn");
    private static final Set<String> MOVE_FIELDS = Set.of("stage", "on", "note");
    private static final Set<String> CONTACT_FIELDS = Set.of("on", "note");
    private static final Set<String> CONVERSION_FIELDS = Set.of("signingId");

    private LeadBody() {
    }

    static NewLead lead(JsonNode body, LeadRules rules, LocalDate today) {
        Violations violations = new Violations();
        JsonFieldReader fields = new JsonFieldReader(body, LEAD_FIELDS, violations);
        NewLead lead = new NewLead(fields.text("leadId"), new Investor(fields.text("firm.name"),
                fields.text("firm.creditCode"), fields.text("firm.originRegion")), fields.text("projectName"),
                fields.text("destinationRegion"), fields.text("industryCode"), fields.text("chainCode", 32),
                fields.wholeNumber("expectedInvestmentYuan"),
                fields.text("officer"), fields.date("firstContactOn"));
        rules.check(lead, today, violations);
        violations.throwIfAny("The lead is invalid; nothing was stored.");
        return lead;
    }

    /** The move's fields as read; what they are worth against the lead is the use case's to judge. */
    static StageMove move(JsonNode body) {
        Violations violations = new Violations();
        JsonFieldReader fields = new JsonFieldReader(body, MOVE_FIELDS, violations);
        StageMove move = new StageMove(fields.oneOf("stage", LeadStage.values()), fields.date("on"),
                fields.text("note", LeadRules.MAX_NOTE));
        violations.throwIfAny("The move is invalid; nothing was changed.");
        return move;
    }

    static NewContact contact(JsonNode body) {
        Violations violations = new Violations();
        JsonFieldReader fields = new JsonFieldReader(body, CONTACT_FIELDS, violations);
        NewContact contact = new NewContact(fields.date("on"), fields.text("note", LeadRules.MAX_NOTE));
        if (contact.on() == null && !violations.has("on")) {
            violations.add("on", "必填 / is required");
        }
        violations.throwIfAny("The contact is invalid; nothing was stored.");
        return contact;
    }

    static UUID signingId(JsonNode body) {
        Violations violations = new Violations();
        JsonFieldReader fields = new JsonFieldReader(body, CONVERSION_FIELDS, violations);
        String text = fields.text("signingId");
        UUID id = null;
        if (text == null && !violations.has("signingId")) {
            violations.add("signingId", "必填 / is required");
        } else if (text != null) {
            try {
                id = UUID.fromString(text);
            } catch (IllegalArgumentException notAUuid) {
                violations.add("signingId", "须为签约项目的 id（UUID） / must be a signing's id (a UUID)");
            }
        }
        violations.throwIfAny("The conversion is invalid; nothing was changed.");
        return id;
    }
}
