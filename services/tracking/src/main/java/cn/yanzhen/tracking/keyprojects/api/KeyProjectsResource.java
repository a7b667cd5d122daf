package cn.yanzhen.tracking.keyprojects.api;

import cn.yanzhen.contracts.access.Roles;
import cn.yanzhen.contracts.reference.RegionDirectory;
import cn.yanzhen.contracts.tracking.KeyPlan;
import cn.yanzhen.platform.api.Page;
import cn.yanzhen.platform.api.PageRequest;
import cn.yanzhen.platform.api.RegionFilter;
import cn.yanzhen.tracking.keyprojects.persistence.KeyPlanStore;
import cn.yanzhen.tracking.keyprojects.persistence.KeyProjectQueries;
import cn.yanzhen.tracking.projects.application.ProjectLookup;
import cn.yanzhen.tracking.projects.domain.ProjectSummary;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/key-projects")
@RolesAllowed({Roles.ORGANISER, Roles.REGIONAL_OFFICE, Roles.VERIFIER, Roles.MONITOR, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Key projects", description = "Key projects (重大项目) and their plans (一项一策)")
public class KeyProjectsResource {

    private final KeyProjectQueries queries;
    private final KeyPlanStore store;
    private final ProjectLookup projects;
    private final RegionDirectory regions;

    KeyProjectsResource(KeyProjectQueries queries, KeyPlanStore store, ProjectLookup projects,
                        RegionDirectory regions) {
        this.queries = queries;
        this.store = store;
        this.projects = projects;
        this.regions = regions;
    }

    @GET
    @Transactional
    @Operation(summary = "Key projects with their plans, those with the most late approvals first",
            description = "region: every destination inside the code. Then the earliest due date not yet granted, "
                    + "then by signing id.")
    public Page<KeyPlan> list(@QueryParam("region") String region, @QueryParam("page") String page,
                              @QueryParam("size") String size) {
        PageRequest request = PageRequest.of(page, size);
        Page<UUID> ids = queries.page(RegionFilter.codesWithin(regions, region), request.page(), request.size());
        Map<UUID, ProjectSummary> summaries = projects.byIds(ids.items()).stream()
                .collect(Collectors.toMap(ProjectSummary::signingId, Function.identity()));
        return new Page<>(ids.items().stream().map(id -> store.view(store.find(id).orElseThrow(), summaries.get(id)))
                .toList(), ids.page(), ids.size(), ids.total());
    }
}
