package cn.yanzhen.tracking.api;

import cn.yanzhen.contracts.access.Roles;
import cn.yanzhen.contracts.reference.RegionDirectory;
import cn.yanzhen.contracts.tracking.ProjectProgressed.ProjectStatus;
import cn.yanzhen.contracts.tracking.ProjectProgressed.ReportType;
import cn.yanzhen.platform.api.JsonFieldReader;
import cn.yanzhen.platform.api.Page;
import cn.yanzhen.platform.api.PageRequest;
import cn.yanzhen.platform.api.Params;
import cn.yanzhen.platform.api.ProblemException;
import cn.yanzhen.platform.api.RegionFilter;
import cn.yanzhen.platform.security.Access;
import cn.yanzhen.platform.validation.Violations;
import cn.yanzhen.tracking.domain.Report;
import cn.yanzhen.tracking.persistence.ProjectEntity;
import cn.yanzhen.tracking.persistence.ProjectQueries;
import cn.yanzhen.tracking.application.ProgressReporting;
import cn.yanzhen.tracking.domain.ReportRefused;
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
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/projects")
@RolesAllowed({Roles.ORGANISER, Roles.REGIONAL_OFFICE, Roles.MONITOR, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Projects", description = "What became of each signing: commencement, investment, production")
public class ProjectResource {

    private static final Set<String> FIELDS = Set.of("reportId", "type", "on", "cumulativeYuan", "asOf", "correction",
            "reason", "note");
    private static final Map<ReportType, Set<String>> FIELDS_OF_TYPE = Map.of(
            ReportType.COMMENCED, Set.of("reportId", "type", "on"),
            ReportType.IN_PRODUCTION, Set.of("reportId", "type", "on"),
            ReportType.INVESTMENT, Set.of("reportId", "type", "cumulativeYuan", "asOf", "correction", "reason"),
            ReportType.CANCELLED, Set.of("reportId", "type", "reason"),
            ReportType.NO_CHANGE, Set.of("reportId", "type", "on", "note"));

    private final ProgressReporting reporting;
    private final ProjectQueries queries;
    private final RegionDirectory regions;
    private final Access access;

    ProjectResource(ProgressReporting reporting, ProjectQueries queries, RegionDirectory regions, Access access) {
        this.reporting = reporting;
        this.queries = queries;
        this.regions = regions;
        this.access = access;
    }

    @POST
    @Path("{signingId}/progress")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Report progress of a project", description = "COMMENCED {on}, INVESTMENT {cumulativeYuan, "
            + "asOf, correction?, reason?}, IN_PRODUCTION {on}, CANCELLED {reason}, NO_CHANGE {on, note}; each with a "
            + "client reportId. "
            + "201 when accepted, 200 for the same report again, 409 for another report under the same id or "
            + "a project that cannot take it, 404 for a signing not (yet) known. For the regional office whose "
            + "region contains the project's destination (or an admin).")
    @RequestBody(content = @Content(schema = @Schema(implementation = Report.class)))
    @RolesAllowed({Roles.REGIONAL_OFFICE, Roles.ADMIN})
    public Response report(@PathParam("signingId") String signingId, JsonNode body) {
        UUID id = id(signingId);
        ProjectEntity project = queries.find(id).orElseThrow(() -> notYet(signingId));
        access.requireRegion(project.destinationRegion, "Project " + signingId);
        Report report = read(body);
        ProgressReporting.Accepted accepted = accept(id, report);
        return Response.status(accepted.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(accepted.progressed()).build();
    }

    private ProgressReporting.Accepted accept(UUID id, Report report) {
        try {
            return reporting.report(id, report);
        } catch (ReportRefused refused) {
            throw switch (refused.reason()) {
                case UNKNOWN_PROJECT -> ProblemException.notFound(refused.getMessage());
                case CONFLICT -> ProblemException.conflict(refused.getMessage());
            };
        }
    }

    @GET
    @Path("{signingId}")
    @Operation(summary = "A project: status, milestones in order, investment history, verdict, alerts")
    public ProjectView get(@PathParam("signingId") String signingId) {
        UUID id = id(signingId);
        return queries.find(id).map(project -> ProjectView.of(project, queries.reports(id), queries.alerts(id)))
                .orElseThrow(() -> notYet(signingId));
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
        return queries.page(filter, request.page(), request.size())
                .map(project -> ProjectView.of(project, queries.reports(project.signingId),
                        queries.alerts(project.signingId)));
    }

    private static Report read(JsonNode body) {
        Violations violations = new Violations();
        JsonFieldReader fields = new JsonFieldReader(body, FIELDS, violations);
        String reportId = fields.text("reportId");
        String typeName = fields.text("type");
        ReportType type = Arrays.stream(ReportType.values()).filter(value -> value.name().equals(typeName))
                .findFirst().orElse(null);
        if (reportId == null && !violations.has("reportId")) {
            violations.add("reportId", "is required");
        } else if (reportId != null && reportId.length() > 64) {
            violations.add("reportId", "must be at most 64 characters");
        }
        if (type == null && !violations.has("type")) {
            violations.add("type", "must be COMMENCED, INVESTMENT, IN_PRODUCTION, CANCELLED or NO_CHANGE");
        }
        String reason = atMost500(fields, "reason", violations);
        String note = atMost500(fields, "note", violations);
        Boolean correction = fields.bool("correction");
        Report report = new Report(reportId, type, fields.date("on"), fields.wholeNumber("cumulativeYuan"),
                fields.date("asOf"), Boolean.TRUE.equals(correction), reason, note);
        if (type != null && body != null && body.isObject()) {
            body.fieldNames().forEachRemaining(name -> {
                if (FIELDS.contains(name) && !FIELDS_OF_TYPE.get(type).contains(name)) {
                    violations.add(name, "is not part of a " + type + " report");
                }
            });
        }
        violations.throwIfAny("The report is invalid; nothing was changed.");
        return report;
    }

    private static String atMost500(JsonFieldReader fields, String field, Violations violations) {
        String text = fields.text(field);
        if (text != null && text.length() > 500) {
            violations.add(field, "must be at most 500 characters");
        }
        return text;
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
