package cn.yanzhen.intake.api.pipeline;

import cn.yanzhen.contracts.access.Roles;
import cn.yanzhen.contracts.pipeline.PipelineFigures;
import cn.yanzhen.contracts.reference.IndustryCatalogue;
import cn.yanzhen.contracts.reference.RegionDirectory;
import cn.yanzhen.intake.application.pipeline.PipelineFigureQuery;
import cn.yanzhen.intake.domain.pipeline.PipelineScope;
import cn.yanzhen.platform.api.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/pipeline/figures")
@RolesAllowed({Roles.ORGANISER, Roles.REGIONAL_OFFICE, Roles.VERIFIER, Roles.MONITOR, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Pipeline")
public class PipelineResource {

    private final PipelineFigureQuery figures;
    private final RegionDirectory regions;
    private final IndustryCatalogue industries;

    PipelineResource(PipelineFigureQuery figures, RegionDirectory regions, IndustryCatalogue industries) {
        this.figures = figures;
        this.regions = regions;
        this.industries = industries;
    }

    @GET
    @Operation(summary = "The pipeline's figures of a scope", description = "scope= all (the default), region:CODE "
            + "(leads going inside it), industry:DD (a GB/T 4754 division) or chain:CODE (leads tagged to the chain): firms contacted, leads and their "
            + "expected investment in all and per stage, in negotiation (NEGOTIATING and INTENT), converted, dropped, "
            + "the conversion rate converted ÷ (converted + dropped) and the median days from first contact to "
            + "signing.")
    public PipelineFigures figures(@QueryParam("scope") String scope) {
        return figures.of(PipelineScope.parse(scope, regions, industries).orElseThrow(() -> ProblemException
                .badRequest("scope", "须为 all、region:地区代码、industry:两位门类代码 或 chain:产业链代码 / must be all, region:CODE (a known "
                        + "GB/T 2260 code), industry:DD (a GB/T 4754 division) or chain:CODE")));
    }
}
