package cn.yanzhen.tracking.rounds.api;

import cn.yanzhen.contracts.access.Roles;
import cn.yanzhen.contracts.reference.RegionDirectory;
import cn.yanzhen.contracts.tracking.ReportingRound;
import cn.yanzhen.platform.api.JsonFieldReader;
import cn.yanzhen.platform.api.Page;
import cn.yanzhen.platform.api.PageRequest;
import cn.yanzhen.platform.api.ProblemException;
import cn.yanzhen.platform.security.Access;
import cn.yanzhen.platform.security.Actor;
import cn.yanzhen.platform.security.CurrentActor;
import cn.yanzhen.platform.validation.Violations;
import cn.yanzhen.tracking.rounds.application.RoundFigures;
import cn.yanzhen.tracking.rounds.application.RoundOpening;
import cn.yanzhen.tracking.rounds.domain.Round;
import cn.yanzhen.tracking.rounds.domain.RoundConflict;
import cn.yanzhen.tracking.rounds.domain.RoundRules;
import cn.yanzhen.tracking.rounds.persistence.RoundProjects;
import cn.yanzhen.tracking.rounds.persistence.RoundRepository;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/rounds")
@RolesAllowed({Roles.ORGANISER, Roles.REGIONAL_OFFICE, Roles.VERIFIER, Roles.MONITOR, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reporting rounds", description = "调度: who owes a report by a due date, the reporting rate, who missed")
public class RoundResource {

    private static final Set<String> FIELDS = Set.of("code", "scope", "opensOn", "dueOn");

    private final RoundOpening opening;
    private final RoundFigures figures;
    private final RoundRepository rounds;
    private final RoundProjects projects;
    private final RegionDirectory regions;
    private final Access access;
    private final CurrentActor actors;

    RoundResource(RoundOpening opening, RoundFigures figures, RoundRepository rounds, RoundProjects projects,
                  RegionDirectory regions, Access access, CurrentActor actors) {
        this.opening = opening;
        this.figures = figures;
        this.rounds = rounds;
        this.projects = projects;
        this.regions = regions;
        this.access = access;
        this.actors = actors;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Open a reporting round", description = "{code, scope: \"all\" or a region code, opensOn, "
            + "dueOn}. Every open project of the scope signed by dueOn owes a report dated inside [opensOn, dueOn] "
            + "(or a NO_CHANGE report); the day after dueOn the round closes and each project without one raises "
            + "MISSED_REPORT. 201 when opened, 200 for the same round again, 409 for another round under the code. "
            + "For an admin, or the regional office whose region contains the scope.")
    @RolesAllowed({Roles.REGIONAL_OFFICE, Roles.ADMIN})
    public Response open(JsonNode body) {
        Round round = read(body);
        if (round.coversAllRegions()) {
            requireAdmin();
        } else {
            access.requireRegion(round.scope(), "Round " + round.code() + " over region " + round.scope());
        }
        try {
            RoundOpening.Opened opened = opening.open(round);
            return Response.status(opened.created() ? Response.Status.CREATED : Response.Status.OK)
                    .entity(opened.round()).build();
        } catch (RoundConflict conflict) {
            throw ProblemException.conflict(conflict.getMessage());
        }
    }

    @GET
    @Path("{code}")
    @Transactional
    @Operation(summary = "A round: its reporting rate in all and per region (live while open) and, once closed, "
            + "how many projects missed it")
    public ReportingRound get(@PathParam("code") String code) {
        return rounds.find(code).map(figures::of)
                .orElseThrow(() -> ProblemException.notFound("No reporting round " + code + "."));
    }

    @GET
    @Path("{code}/missed")
    @Transactional
    @Operation(summary = "The projects that missed a closed round, by destination then signing id",
            description = "Empty while the round is open: who has not reported may still do so.")
    public Page<MissedProjectView> missed(@PathParam("code") String code, @QueryParam("page") String page,
                                          @QueryParam("size") String size) {
        PageRequest request = PageRequest.of(page, size);
        rounds.find(code).orElseThrow(() -> ProblemException.notFound("No reporting round " + code + "."));
        return projects.missed(code, request.page(), request.size()).map(MissedProjectView::of);
    }

    @GET
    @Transactional
    @Operation(summary = "Every round, the latest due date first, each with its reporting rates")
    public Page<ReportingRound> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        PageRequest request = PageRequest.of(page, size);
        return rounds.page(request.page(), request.size()).map(figures::of);
    }

    private void requireAdmin() {
        Actor actor = actors.get();
        if (!actor.isAdmin()) {
            throw new ProblemException(Response.Status.FORBIDDEN, "A round over all regions is opened by an admin; "
                    + "a regional office opens rounds over its own region"
                    + (actor.region() == null ? "." : " (" + actor.region() + ")."));
        }
    }

    private Round read(JsonNode body) {
        Violations violations = new Violations();
        JsonFieldReader fields = new JsonFieldReader(body, FIELDS, violations);
        Round round = new Round(fields.text("code"), fields.text("scope"), fields.date("opensOn"),
                fields.date("dueOn"));
        RoundRules.check(round, regions, violations);
        violations.throwIfAny("The round is invalid; nothing was stored.");
        return round;
    }
}
