package cn.yanzhen.tracking.api;

import cn.yanzhen.contracts.access.Roles;
import cn.yanzhen.contracts.tracking.Stats;
import cn.yanzhen.platform.api.ProblemException;
import cn.yanzhen.platform.validation.Violations;
import cn.yanzhen.tracking.domain.Scopes;
import cn.yanzhen.tracking.persistence.ScopeFigures;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/stats")
@RolesAllowed({Roles.ORGANISER, Roles.REGIONAL_OFFICE, Roles.MONITOR, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Figures", description = "Projects signed, commenced, in production and invested, per scope")
public class StatsResource {

    private final ScopeFigures figures;

    StatsResource(ScopeFigures figures) {
        this.figures = figures;
    }

    @GET
    @Operation(summary = "The figures of one event, region (every destination inside it) or industry division, "
            + "or of everything when none is given")
    public Stats stats(@QueryParam("event") String event, @QueryParam("region") String region,
                       @QueryParam("industry") String industry) {
        List<String> scopes = new ArrayList<>();
        if (given(event)) {
            scopes.add(Scopes.event(event.strip()));
        }
        if (given(region)) {
            if (!region.strip().matches("\\d{6}")) {
                throw ProblemException.badRequest("region", "must be a GB/T 2260 code of 6 digits");
            }
            scopes.add(Scopes.region(region.strip()));
        }
        if (given(industry)) {
            if (!industry.strip().matches("\\d{2}")) {
                throw ProblemException.badRequest("industry", "must be a GB/T 4754 division of 2 digits");
            }
            scopes.add(Scopes.industry(industry.strip()));
        }
        if (scopes.size() > 1) {
            Violations violations = new Violations();
            violations.add("event", "give at most one of event, region and industry");
            violations.throwIfAny("The figures are asked for several scopes at once.");
        }
        return figures.read(scopes.isEmpty() ? Scopes.ALL : scopes.get(0));
    }

    private static boolean given(String value) {
        return value != null && !value.isBlank();
    }
}
