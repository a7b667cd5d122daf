package cn.yanzhen.tracking.keyprojects.api;

import cn.yanzhen.contracts.access.Roles;
import cn.yanzhen.contracts.tracking.KeyPlan;
import cn.yanzhen.contracts.tracking.KeyPlan.Kind;
import cn.yanzhen.platform.api.Params;
import cn.yanzhen.platform.api.ProblemException;
import cn.yanzhen.platform.security.Access;
import cn.yanzhen.platform.security.Actor;
import cn.yanzhen.tracking.keyprojects.application.ApprovalMoving;
import cn.yanzhen.tracking.keyprojects.application.KeyPlanning;
import cn.yanzhen.tracking.keyprojects.domain.ApprovalMove;
import cn.yanzhen.tracking.keyprojects.domain.KeyPlanRefused;
import cn.yanzhen.tracking.keyprojects.domain.KeyPlanRequest;
import cn.yanzhen.tracking.keyprojects.persistence.KeyPlanStore;
import cn.yanzhen.tracking.projects.application.ProjectLookup;
import cn.yanzhen.tracking.projects.domain.ProjectSummary;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/projects/{signingId}/key-plan")
@RolesAllowed({Roles.ORGANISER, Roles.REGIONAL_OFFICE, Roles.VERIFIER, Roles.MONITOR, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Key projects", description = "Key projects (重大项目) and their plans (一项一策)")
public class KeyPlanResource {

    private final KeyPlanning planning;
    private final ApprovalMoving moving;
    private final KeyPlanStore store;
    private final ProjectLookup projects;
    private final Access access;

    KeyPlanResource(KeyPlanning planning, ApprovalMoving moving, KeyPlanStore store, ProjectLookup projects,
                    Access access) {
        this.planning = planning;
        this.moving = moving;
        this.store = store;
        this.projects = projects;
        this.access = access;
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REGIONAL_OFFICE, Roles.ADMIN})
    @Operation(summary = "Mark a key project with its plan, or change the plan", description = "{officer, approvals: "
            + "[{kind: LAND | PLANNING | ENVIRONMENT | ENERGY | CONSTRUCTION_PERMIT | OTHER, name (required for OTHER), "
            + "dueOn}]}, one approval per kind. 201 when the project becomes a key project, 200 for a change or the same "
            + "plan again, 409 for a change that moves, renames or drops an approval GRANTED or past its due date, or a "
            + "project that is a repeat, withdrawn or cancelled. For the regional office whose region contains the "
            + "project's destination (or an admin).")
    @RequestBody(content = @Content(schema = @Schema(implementation = KeyPlanRequest.class)))
    public Response plan(@PathParam("signingId") String signingId, JsonNode body) {
        UUID id = id(signingId);
        Actor office = access.requireRegion(project(id, signingId).destinationRegion(), "Project " + signingId);
        KeyPlanRequest request = KeyPlanBody.plan(body);
        try {
            KeyPlanning.Planned planned = planning.plan(id, request, office.subject());
            return Response.status(planned.created() ? Response.Status.CREATED : Response.Status.OK)
                    .entity(planned.plan()).build();
        } catch (KeyPlanRefused refused) {
            throw problem(refused);
        }
    }

    @POST
    @Path("approvals/{kind}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REGIONAL_OFFICE, Roles.ADMIN})
    @Operation(summary = "Report an approval submitted or granted", description = "{status: SUBMITTED | GRANTED, on, "
            + "note}. NEEDED → SUBMITTED → GRANTED or NEEDED → GRANTED; GRANTED is final, any other move is 409. on is "
            + "not before the signing nor the submission, not after today. 201 when taken, 200 for the same move again. "
            + "For the regional office whose region contains the project's destination (or an admin).")
    @RequestBody(content = @Content(schema = @Schema(implementation = ApprovalMove.class)))
    public Response move(@PathParam("signingId") String signingId, @PathParam("kind") String kindName,
                         JsonNode body) {
        UUID id = id(signingId);
        Actor office = access.requireRegion(project(id, signingId).destinationRegion(), "Project " + signingId);
        Kind kind = KeyPlanBody.kind(kindName, signingId);
        ApprovalMove move = KeyPlanBody.move(body);
        try {
            ApprovalMoving.Moved moved = moving.move(id, kind, move, office.subject());
            return Response.status(moved.created() ? Response.Status.CREATED : Response.Status.OK)
                    .entity(moved.plan()).build();
        } catch (KeyPlanRefused refused) {
            throw problem(refused);
        }
    }

    @GET
    @Transactional
    @Operation(summary = "A key project's plan with every approval; 404 when the project is not a key project")
    public KeyPlan get(@PathParam("signingId") String signingId) {
        UUID id = id(signingId);
        ProjectSummary project = project(id, signingId);
        return store.find(id).map(plan -> store.view(plan, project)).orElseThrow(() -> ProblemException.notFound(
                "Project " + signingId + " is not a key project."));
    }

    private ProjectSummary project(UUID id, String signingId) {
        return projects.find(id).orElseThrow(() -> ProblemException.notFound("No project for signing " + signingId
                + "; if the signing was just submitted, it may not have arrived yet."));
    }

    private static UUID id(String signingId) {
        return Params.uuid(signingId, "No project for signing " + signingId + ".");
    }

    private static ProblemException problem(KeyPlanRefused refused) {
        return switch (refused.reason()) {
            case UNKNOWN -> ProblemException.notFound(refused.getMessage());
            case CONFLICT -> ProblemException.conflict(refused.getMessage());
        };
    }
}
