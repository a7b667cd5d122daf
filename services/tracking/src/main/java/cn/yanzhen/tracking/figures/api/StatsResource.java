package cn.yanzhen.tracking.figures.api;

import cn.yanzhen.contracts.access.Roles;
import cn.yanzhen.contracts.tracking.Stats;
import cn.yanzhen.tracking.figures.application.FigureReading;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/stats")
@RolesAllowed({Roles.ORGANISER, Roles.REGIONAL_OFFICE, Roles.VERIFIER, Roles.MONITOR, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Figures", description = "Projects signed, commenced, in production and invested, per scope: as reported, "
        + "as verified, and the reports awaiting verification")
public class StatsResource {

    private final FigureReading figures;

    StatsResource(FigureReading figures) {
        this.figures = figures;
    }

    @GET
    @Operation(summary = "The figures of one event, region (every destination inside it) or industry division, "
            + "or of everything when none is given; of an event's projects in one prefecture (event and region) or "
            + "division (event and industry); of one zone's projects of one factor class (zone and factorClass)")
    public Stats stats(@QueryParam("event") String event, @QueryParam("region") String region,
                       @QueryParam("industry") String industry, @QueryParam("zone") String zone,
                       @QueryParam("factorClass") String factorClass) {
        return figures.read(ScopeParams.scope(event, region, industry, zone, factorClass));
    }

}
