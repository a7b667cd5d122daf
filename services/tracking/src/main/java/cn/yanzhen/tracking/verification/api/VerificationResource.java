package cn.yanzhen.tracking.verification.api;

import cn.yanzhen.contracts.access.Roles;
import cn.yanzhen.contracts.tracking.ReportVerified.Verdict;
import cn.yanzhen.contracts.tracking.ReportVerified;
import cn.yanzhen.platform.api.JsonFieldReader;
import cn.yanzhen.platform.api.Params;
import cn.yanzhen.platform.api.ProblemException;
import cn.yanzhen.platform.security.Access;
import cn.yanzhen.platform.security.Actor;
import cn.yanzhen.platform.validation.Violations;
import cn.yanzhen.tracking.projects.api.Refusals;
import cn.yanzhen.tracking.projects.application.ProjectLookup;
import cn.yanzhen.tracking.projects.domain.ProjectSummary;
import cn.yanzhen.tracking.projects.domain.ReportRefused;
import cn.yanzhen.tracking.verification.application.ReportVerification;
import cn.yanzhen.tracking.verification.domain.ReportDecision;
import cn.yanzhen.tracking.verification.domain.VerificationRules;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/projects/{signingId}/reports/{reportId}/verification")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Verification", description = "Verifiers confirm or reject progress reports (核查)")
public class VerificationResource {

    private static final Set<String> FIELDS = Set.of("verdict", "note");

    private final ReportVerification verification;
    private final ProjectLookup projects;
    private final Access access;

    VerificationResource(ReportVerification verification, ProjectLookup projects, Access access) {
        this.verification = verification;
        this.projects = projects;
        this.access = access;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.VERIFIER, Roles.ADMIN})
    @Operation(summary = "Verify or reject a progress report", description = "{verdict: VERIFIED | REJECTED, note} "
            + "(note required to reject). For a verifier whose region contains the project's destination, or an "
            + "admin; never by the report's author (403). 201 when taken, 200 for the same verdict again, 409 for "
            + "another verdict on a decided report, a CANCELLED report or a withdrawn signing.")
    public Response decide(@PathParam("signingId") String signingId, @PathParam("reportId") String reportId,
                           JsonNode body) {
        UUID id = Params.uuid(signingId, "No project for signing " + signingId + ".");
        ProjectSummary project = projects.find(id)
                .orElseThrow(() -> ProblemException.notFound("No project for signing " + signingId + "."));
        Actor verifier = access.requireVerifierFor(project.destinationRegion(), "Project " + signingId);
        ReportDecision decision = read(body);
        try {
            ReportVerification.Decided decided = verification.decide(id, reportId, decision, verifier.subject());
            return Response.status(decided.created() ? Response.Status.CREATED : Response.Status.OK)
                    .entity(decided.verified()).build();
        } catch (ReportRefused refused) {
            throw Refusals.problem(refused);
        }
    }

    private static ReportDecision read(JsonNode body) {
        Violations violations = new Violations();
        JsonFieldReader fields = new JsonFieldReader(body, FIELDS, violations);
        String verdictName = fields.text("verdict");
        Verdict verdict = Arrays.stream(ReportVerified.Verdict.values())
                .filter(value -> value.name().equals(verdictName)).findFirst().orElse(null);
        ReportDecision decision = new ReportDecision(verdict, fields.text("note"));
        VerificationRules.check(decision, violations);
        violations.throwIfAny("The verdict is invalid; nothing was changed.");
        return decision;
    }
}
