package cn.yanzhen.tracking.projects.api;

import cn.yanzhen.contracts.access.Roles;
import cn.yanzhen.contracts.reference.RegionDirectory;
import cn.yanzhen.platform.api.Page;
import cn.yanzhen.platform.api.PageRequest;
import cn.yanzhen.platform.api.Params;
import cn.yanzhen.platform.api.RegionFilter;
import cn.yanzhen.tracking.projects.persistence.AlertInbox;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The alerts tracking raised about projects, newest first: a person's inbox for their region or event. */
@Path("/api/alerts")
@RolesAllowed({Roles.ORGANISER, Roles.REGIONAL_OFFICE, Roles.VERIFIER, Roles.MONITOR, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Projects", description = "What became of each signing: commencement, investment, production")
public class AlertInboxResource {

    private final AlertInbox inbox;
    private final RegionDirectory regions;

    AlertInboxResource(AlertInbox inbox, RegionDirectory regions) {
        this.inbox = inbox;
        this.regions = regions;
    }

    @GET
    @Operation(summary = "Alerts about projects, newest first, by event and region (every destination inside the "
            + "code), each with the project's name, event and destination")
    public Page<AlertInbox.Entry> list(@QueryParam("event") String event, @QueryParam("region") String region,
                                       @QueryParam("page") String page, @QueryParam("size") String size) {
        PageRequest request = PageRequest.of(page, size);
        return inbox.page(Params.optional(event), RegionFilter.codesWithin(regions, region), request.page(),
                request.size());
    }
}
