package cn.yanzhen.tracking.figures.api;

import cn.yanzhen.contracts.access.Roles;
import cn.yanzhen.contracts.tracking.StatsWindow;
import cn.yanzhen.contracts.tracking.Stats;
import cn.yanzhen.tracking.figures.application.FigureReading;
import cn.yanzhen.tracking.figures.application.Flows;
import cn.yanzhen.tracking.figures.application.MonthsOfScopes;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/stats")
@RolesAllowed({Roles.ORGANISER, Roles.REGIONAL_OFFICE, Roles.VERIFIER, Roles.MONITOR, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Figures", description = "Projects signed, commenced, in production and invested, per scope: as reported, "
        + "as verified, and the reports awaiting verification")
public class StatsResource {

    private final FigureReading figures;
    private final Flows flows;
    private final MonthsOfScopes months;

    StatsResource(FigureReading figures, Flows flows, MonthsOfScopes months) {
        this.figures = figures;
        this.flows = flows;
        this.months = months;
    }

    @GET
    @Operation(summary = "The figures of one event, region (every destination inside it) or industry division, "
            + "or of everything when none is given; of an event's projects in one prefecture (event and region) or "
            + "division (event and industry); of one zone's projects of one factor class (zone and factorClass); "
            + "of the projects whose investor comes from a province or prefecture (origin); of one region's projects "
            + "of one division (region and industry: their project counts and monthly series); of one park's or one "
            + "industrial chain's projects (park, chain)")
    public Stats stats(@QueryParam("event") String event, @QueryParam("region") String region,
                       @QueryParam("industry") String industry, @QueryParam("zone") String zone,
                       @QueryParam("factorClass") String factorClass, @QueryParam("origin") String origin,
                       @QueryParam("park") String park, @QueryParam("chain") String chain) {
        return figures.read(scope(event, region, industry, zone, factorClass, origin, park, chain));
    }

    @GET
    @Path("window")
    @Operation(summary = "The figures of a scope (named as for /api/stats; not an event's breakdowns or a zone's factor "
            + "class) over a window of months, from and to (YYYY-MM, both included, either left out for an open end),"
            + " summed where they are kept, with the months of the window, oldest first")
    public StatsWindow window(@QueryParam("event") String event, @QueryParam("region") String region,
                               @QueryParam("industry") String industry, @QueryParam("origin") String origin,
                               @QueryParam("park") String park, @QueryParam("chain") String chain,
                               @QueryParam("from") String from, @QueryParam("to") String to) {
        String scope = scope(event, region, industry, null, null, origin, park, chain);
        return months.window(scope, WindowParams.window(from, to, scope));
    }

    @GET
    @Path("flows")
    @Operation(summary = "The flows from the investors' origin to the destinations, between provinces (level=province)"
            + " or zones (level=zone): each flow's figures, the largest signed investment first")
    public List<Stats> flows(@QueryParam("level") String level) {
        return flows.at(SendingParams.level(level));
    }

    private static String scope(String event, String region, String industry, String zone, String factorClass,
                                String origin, String park, String chain) {
        boolean othersGiven = Stream.of(event, region, industry, zone, factorClass)
                .anyMatch(other -> other != null && !other.isBlank());
        return SoleScopeParams.scope(othersGiven, origin, park, chain)
                .orElseGet(() -> ScopeParams.scope(event, region, industry, zone, factorClass));
    }

}
