package cn.yanzhen.dashboard.api;

import cn.yanzhen.contracts.access.Roles;
import cn.yanzhen.contracts.pipeline.PipelineFigures;
import cn.yanzhen.contracts.tracking.Stats;
import cn.yanzhen.dashboard.domain.DashboardTables;
import cn.yanzhen.dashboard.domain.Overview;
import cn.yanzhen.dashboard.domain.ReadModel;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.SortedMap;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api")
@RolesAllowed({Roles.ORGANISER, Roles.REGIONAL_OFFICE, Roles.VERIFIER, Roles.MONITOR, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Figures", description = "What the screen shows, as JSON")
public class FiguresResource {

    private final ReadModel model;
    private final DashboardTables tables;

    FiguresResource(ReadModel model, DashboardTables tables) {
        this.model = model;
        this.tables = tables;
    }

    @GET
    @Path("overview")
    @Operation(summary = "The 总览 view: figures of everything, provinces, factor classes per zone, verdicts, alerts, "
            + "flows between provinces and between zones")
    public Overview overview() {
        return Overview.of(model, tables);
    }

    @GET
    @Path("figures")
    @Operation(summary = "Tracking's figures of every scope as the dashboard holds them (all, event:, region:, "
            + "industry:, region-industry:, origin:, flow:, zone-flow:), each with its months, keyed by scope")
    public Map<String, Stats> figures() {
        return model.allStats();
    }

    @GET
    @Path("pipeline")
    @Operation(summary = "The pipeline figures (招商项目库) of all leads and of each province and prefecture with leads, "
            + "keyed by scope (all, region:CODE): each as intake's GET /api/pipeline/figures?scope= answers it")
    public SortedMap<String, PipelineFigures> pipeline() {
        return tables.pipelineFigures();
    }
}
