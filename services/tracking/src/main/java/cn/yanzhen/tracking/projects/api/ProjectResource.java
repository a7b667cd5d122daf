package cn.yanzhen.tracking.projects.api;

import cn.yanzhen.contracts.access.Roles;
import cn.yanzhen.contracts.reference.RegionDirectory;
import cn.yanzhen.contracts.tracking.ProjectProgressed.ProjectStatus;
import cn.yanzhen.platform.api.Page;
import cn.yanzhen.platform.api.PageRequest;
import cn.yanzhen.platform.api.Params;
import cn.yanzhen.platform.api.ProblemException;
import cn.yanzhen.platform.api.RegionFilter;
import cn.yanzhen.platform.security.Access;
import cn.yanzhen.platform.security.Actor;
import cn.yanzhen.tracking.projects.application.ProgressReporting;
import cn.yanzhen.tracking.projects.application.ProjectPages;
import cn.yanzhen.tracking.projects.domain.Report;
import cn.yanzhen.tracking.projects.domain.ReportRefused;
import cn.yanzhen.tracking.projects.persistence.ProjectEntity;
import cn.yanzhen.tracking.projects.persistence.ProjectQueries;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/projects")
@RolesAllowed({Roles.ORGANISER, Roles.REGIONAL_OFFICE, Roles.VERIFIER, Roles.MONITOR, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Projects", description = "What became of each signing: commencement, investment, production")
public class ProjectResource {

    private final ProgressReporting reporting;
    private final ProjectQueries queries;
    private final ProjectPages pages;
    private final RegionDirectory regions;
    private final Access access;

    ProjectResource(ProgressReporting reporting, ProjectQueries queries, ProjectPages pages,
                    RegionDirectory regions, Access access) {
        this.reporting = reporting;
        this.queries = queries;
        this.pages = pages;
        this.regions = regions;
        this.access = access;
    }

    @POST
    @Path("{signingId}/progress")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Report progress of a project", description = "COMMENCED {on, evidence?}, INVESTMENT "
            + "{cumulativeYuan, asOf, correction?, reason?, evidence?}, IN_PRODUCTION {on, evidence?}, CANCELLED "
            + "{reason}, NO_CHANGE {on, note}, OUTCOME {period (2025 or 2025-Q3), jobs, outputValueYuan, taxPaidYuan, "
            + "correction?, reason?, evidence?} for a project in production; each with a client reportId. "
            + "Evidence: [{kind, reference, issuedOn}]. "
            + "201 when accepted, 200 for the same report again, 409 for another report under the same id or "
            + "a project that cannot take it, 404 for a signing not (yet) known. For the regional office whose "
            + "region contains the project's destination (or an admin).")
    @RequestBody(content = @Content(schema = @Schema(implementation = Report.class)))
    @RolesAllowed({Roles.REGIONAL_OFFICE, Roles.ADMIN})
    public Response report(@PathParam("signingId") String signingId, JsonNode body) {
        UUID id = id(signingId);
        ProjectEntity project = queries.find(id).orElseThrow(() -> notYet(signingId));
        Actor reporter = access.requireRegion(project.destinationRegion, "Project " + signingId);
        Report report = ReportBody.read(body);
        ProgressReporting.Accepted accepted = accept(id, report, reporter.subject());
        return Response.status(accepted.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(accepted.progressed()).build();
    }

    private ProgressReporting.Accepted accept(UUID id, Report report, String reporter) {
        try {
            return reporting.report(id, report, reporter);
        } catch (ReportRefused refused) {
            throw Refusals.problem(refused);
        }
    }

    @GET
    @Path("{signingId}")
    @Operation(summary = "A project: status, milestones in order, investment history, verdict, alerts, obstacles")
    public ProjectView get(@PathParam("signingId") String signingId) {
        UUID id = id(signingId);
        return queries.find(id).map(this::view).orElseThrow(() -> notYet(signingId));
    }

    @GET
    @Operation(summary = "Projects by event, region (every destination inside the code), status and overdue")
    public Page<ProjectView> list(@QueryParam("event") String event, @QueryParam("region") String region,
                                  @QueryParam("status") String status, @QueryParam("overdue") String overdue,
                                  @QueryParam("page") String page, @QueryParam("size") String size) {
        PageRequest request = PageRequest.of(page, size);
        ProjectQueries.Filter filter = new ProjectQueries.Filter(Params.optional(event),
                RegionFilter.codesWithin(regions, region), status(status),
                overdue(overdue));
        return queries.page(filter, request.page(), request.size()).map(this::view);
    }

    private ProjectView view(ProjectEntity project) {
        return ProjectView.of(project, queries.reports(project.signingId), pages.alerts(project.signingId),
                pages.obstacles(project.summary()));
    }

    private static ProjectStatus status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        return Arrays.stream(ProjectStatus.values()).filter(value -> value.name().equals(status.strip())).findFirst()
                .orElseThrow(() -> ProblemException.badRequest("status",
                        "must be SIGNED, COMMENCED, IN_PRODUCTION, CANCELLED or WITHDRAWN"));
    }

    private static Boolean overdue(String overdue) {
        if (overdue == null || overdue.isBlank()) {
            return null;
        }
        return switch (overdue.strip()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ProblemException.badRequest("overdue", "must be true or false");
        };
    }

    private static UUID id(String signingId) {
        return Params.uuid(signingId, notYet(signingId).getMessage());
    }

    private static ProblemException notYet(String signingId) {
        return ProblemException.notFound("No project for signing " + signingId
                + "; if the signing was just submitted, it may not have arrived yet.");
    }

}
