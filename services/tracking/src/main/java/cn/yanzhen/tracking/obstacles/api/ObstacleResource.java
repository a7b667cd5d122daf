package cn.yanzhen.tracking.obstacles.api;

import cn.yanzhen.contracts.access.Roles;
import cn.yanzhen.contracts.tracking.Obstacle;
import cn.yanzhen.platform.api.Page;
import cn.yanzhen.platform.api.PageRequest;
import cn.yanzhen.platform.api.Params;
import cn.yanzhen.platform.api.ProblemException;
import cn.yanzhen.platform.security.Access;
import cn.yanzhen.platform.security.Actor;
import cn.yanzhen.tracking.obstacles.application.ObstacleMoving;
import cn.yanzhen.tracking.obstacles.application.ObstacleRecording;
import cn.yanzhen.tracking.obstacles.domain.NewObstacle;
import cn.yanzhen.tracking.obstacles.domain.ObstacleMove;
import cn.yanzhen.tracking.obstacles.domain.ObstacleRefused;
import cn.yanzhen.tracking.obstacles.persistence.ObstacleEntity;
import cn.yanzhen.tracking.obstacles.persistence.ObstacleLedger;
import cn.yanzhen.tracking.projects.application.ProjectLookup;
import cn.yanzhen.tracking.projects.domain.ProjectSummary;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/projects/{signingId}/obstacles")
@RolesAllowed({Roles.ORGANISER, Roles.REGIONAL_OFFICE, Roles.VERIFIER, Roles.MONITOR, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Obstacles", description = "The ledger of what holds each project back (企业困难问题台账)")
public class ObstacleResource {

    private final ObstacleRecording recording;
    private final ObstacleMoving moving;
    private final ObstacleLedger ledger;
    private final ProjectLookup projects;
    private final Access access;

    ObstacleResource(ObstacleRecording recording, ObstacleMoving moving, ObstacleLedger ledger,
                     ProjectLookup projects, Access access) {
        this.recording = recording;
        this.moving = moving;
        this.ledger = ledger;
        this.projects = projects;
        this.access = access;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REGIONAL_OFFICE, Roles.ADMIN})
    @Operation(summary = "Record an obstacle", description = "{obstacleId, category: LAND | POWER | WATER | FINANCING "
            + "| PERMIT | LABOUR | LOGISTICS | OTHER, description, department, openedOn}. 201 when recorded (OPEN), "
            + "200 for the same obstacle again, 409 for another under the id or a project that is a repeat, "
            + "withdrawn or cancelled. For the regional office whose region contains the project's destination "
            + "(or an admin).")
    @RequestBody(content = @Content(schema = @Schema(implementation = NewObstacle.class)))
    public Response record(@PathParam("signingId") String signingId, JsonNode body) {
        UUID id = id(signingId);
        Actor office = access.requireRegion(project(id, signingId).destinationRegion(), "Project " + signingId);
        NewObstacle obstacle = ObstacleBody.obstacle(body);
        try {
            ObstacleRecording.Recorded recorded = recording.record(id, obstacle, office.subject());
            return Response.status(recorded.created() ? Response.Status.CREATED : Response.Status.OK)
                    .entity(recorded.obstacle()).build();
        } catch (ObstacleRefused refused) {
            throw problem(refused);
        }
    }

    @POST
    @Path("{obstacleId}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REGIONAL_OFFICE, Roles.ADMIN})
    @Operation(summary = "Move an obstacle", description = "{status: IN_PROGRESS | RESOLVED | WITHDRAWN, on, note} "
            + "(note required for RESOLVED, where it is the resolution, and for WITHDRAWN). OPEN → IN_PROGRESS → "
            + "RESOLVED, OPEN or IN_PROGRESS → WITHDRAWN; any other move is 409. 201 when taken, 200 for the same "
            + "move again. For the regional office whose region contains the project's destination (or an admin).")
    @RequestBody(content = @Content(schema = @Schema(implementation = ObstacleMove.class)))
    public Response move(@PathParam("signingId") String signingId, @PathParam("obstacleId") String obstacleId,
                         JsonNode body) {
        UUID id = id(signingId);
        Actor office = access.requireRegion(project(id, signingId).destinationRegion(), "Project " + signingId);
        ObstacleMove move = ObstacleBody.move(body);
        try {
            ObstacleMoving.Moved moved = moving.move(id, obstacleId, move, office.subject());
            return Response.status(moved.created() ? Response.Status.CREATED : Response.Status.OK)
                    .entity(moved.obstacle()).build();
        } catch (ObstacleRefused refused) {
            throw problem(refused);
        }
    }

    @GET
    @Transactional
    @Operation(summary = "A project's obstacles, the earliest opened first, each with its history")
    public Page<Obstacle> list(@PathParam("signingId") String signingId, @QueryParam("page") String page,
                               @QueryParam("size") String size) {
        UUID id = id(signingId);
        ProjectSummary project = project(id, signingId);
        PageRequest request = PageRequest.of(page, size);
        Page<ObstacleEntity> entities = ledger.ofProject(id, request.page(), request.size());
        return new Page<>(ledger.views(entities.items(), project), entities.page(), entities.size(), entities.total());
    }

    @GET
    @Path("{obstacleId}")
    @Transactional
    @Operation(summary = "An obstacle with its history")
    public Obstacle get(@PathParam("signingId") String signingId, @PathParam("obstacleId") String obstacleId) {
        UUID id = id(signingId);
        ProjectSummary project = project(id, signingId);
        return ledger.find(obstacleId).filter(obstacle -> obstacle.signingId.equals(id))
                .map(obstacle -> ledger.view(obstacle, project))
                .orElseThrow(() -> ProblemException.notFound("Project " + signingId + " has no obstacle "
                        + obstacleId + "."));
    }

    private ProjectSummary project(UUID id, String signingId) {
        return projects.find(id).orElseThrow(() -> ProblemException.notFound("No project for signing " + signingId
                + "; if the signing was just submitted, it may not have arrived yet."));
    }

    private static UUID id(String signingId) {
        return Params.uuid(signingId, "No project for signing " + signingId + ".");
    }

    private static ProblemException problem(ObstacleRefused refused) {
        return switch (refused.reason()) {
            case UNKNOWN -> ProblemException.notFound(refused.getMessage());
            case CONFLICT -> ProblemException.conflict(refused.getMessage());
        };
    }
}
