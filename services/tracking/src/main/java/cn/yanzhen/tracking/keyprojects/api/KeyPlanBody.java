package cn.yanzhen.tracking.keyprojects.api;

import cn.yanzhen.contracts.tracking.KeyPlan.Kind;
import cn.yanzhen.contracts.tracking.KeyPlan.Status;
import cn.yanzhen.platform.api.JsonFieldReader;
import cn.yanzhen.platform.api.ProblemException;
import cn.yanzhen.platform.validation.Violations;
import cn.yanzhen.tracking.keyprojects.domain.ApprovalMove;
import cn.yanzhen.tracking.keyprojects.domain.ApprovalRules;
import cn.yanzhen.tracking.keyprojects.domain.KeyPlanRequest;
import cn.yanzhen.tracking.keyprojects.domain.KeyPlanRules;
import cn.yanzhen.tracking.keyprojects.domain.PlannedApproval;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** A plan and an approval's move as a regional office sends them: each field read, each problem named for a 400. */
final class KeyPlanBody {

    private static final Set<String> PLAN_FIELDS = Set.of("officer", "approvals");
    private static final Set<String> APPROVAL_FIELDS = Set.of("kind", "name", "dueOn");
    private static final Set<String> MOVE_FIELDS = Set.of("status", "on", "note");

    private KeyPlanBody() {
    }

    static KeyPlanRequest plan(JsonNode body) {
        Violations violations = new Violations();
        JsonFieldReader fields = new JsonFieldReader(body, PLAN_FIELDS, violations);
        KeyPlanRequest plan = new KeyPlanRequest(fields.text("officer"), fields.objectList("approvals",
                KeyPlanRules.MAX_APPROVALS, APPROVAL_FIELDS, approval -> new PlannedApproval(
                        approval.oneOf("kind", Kind.values()), approval.text("name"), approval.date("dueOn"))));
        KeyPlanRules.check(plan, violations);
        violations.throwIfAny("The plan is invalid; nothing was stored.");
        return plan;
    }

    static ApprovalMove move(JsonNode body) {
        Violations violations = new Violations();
        JsonFieldReader fields = new JsonFieldReader(body, MOVE_FIELDS, violations);
        ApprovalMove move = new ApprovalMove(fields.oneOf("status", Status.values()), fields.date("on"),
                fields.text("note"));
        ApprovalRules.check(move, violations);
        violations.throwIfAny("The move is invalid; nothing was changed.");
        return move;
    }

    /** The approval kind a path names; any other name is no approval of any plan. */
    static Kind kind(String name, String signingId) {
        return Arrays.stream(Kind.values()).filter(kind -> kind.name().equals(name)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("The plan of project " + signingId + " has no "
                        + name + " approval; the kinds are " + names(Kind.values()) + "."));
    }

    private static String names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", "));
    }
}
