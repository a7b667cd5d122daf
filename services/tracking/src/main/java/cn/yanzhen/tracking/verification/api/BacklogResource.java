package cn.yanzhen.tracking.verification.api;

import cn.yanzhen.contracts.access.Roles;
import cn.yanzhen.platform.api.Page;
import cn.yanzhen.platform.api.PageRequest;
import cn.yanzhen.tracking.figures.api.ScopeParams;
import cn.yanzhen.tracking.projects.application.ProjectLookup;
import cn.yanzhen.tracking.projects.domain.ReceivedReport;
import cn.yanzhen.tracking.verification.persistence.VerificationBacklog;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/verifications")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ORGANISER, Roles.REGIONAL_OFFICE, Roles.VERIFIER, Roles.MONITOR, Roles.ADMIN})
@Tag(name = "Verification", description = "Verifiers confirm or reject progress reports (核查)")
public class BacklogResource {

    private final VerificationBacklog backlog;
    private final ProjectLookup projects;
    private final Clock clock;

    BacklogResource(VerificationBacklog backlog, ProjectLookup projects, Clock clock) {
        this.backlog = backlog;
        this.projects = projects;
        this.clock = clock;
    }

    @GET
    @Operation(summary = "Reports awaiting a verifier, oldest first, in one event or region (everything when "
            + "neither is given), each with the days it has waited")
    public Page<PendingReportView> pending(@QueryParam("event") String event, @QueryParam("region") String region,
                                           @QueryParam("page") String page, @QueryParam("size") String size) {
        PageRequest request = PageRequest.of(page, size);
        Page<String> reportIds = backlog.page(ScopeParams.scope(event, region, null), request.page(), request.size());
        Map<String, ReceivedReport> reports = projects.reports(reportIds.items());
        return reportIds.map(reportId -> PendingReportView.of(reports.get(reportId), clock));
    }
}
