package cn.yanzhen.capacity.api;

import cn.yanzhen.capacity.domain.ProfileRules;
import cn.yanzhen.capacity.persistence.CapacityQueries;
import cn.yanzhen.capacity.application.ProfileEditing;
import cn.yanzhen.capacity.domain.ProfileVersionConflict;
import cn.yanzhen.contracts.access.Roles;
import cn.yanzhen.contracts.capacity.RegionCapacity.Profile;
import cn.yanzhen.contracts.reference.Region;
import cn.yanzhen.contracts.reference.RegionDirectory;
import cn.yanzhen.contracts.reference.Zone;
import cn.yanzhen.platform.api.Page;
import cn.yanzhen.platform.api.PageRequest;
import cn.yanzhen.platform.api.ProblemException;
import cn.yanzhen.platform.security.Access;
import cn.yanzhen.platform.validation.Violations;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/regions")
@RolesAllowed({Roles.ORGANISER, Roles.REGIONAL_OFFICE, Roles.VERIFIER, Roles.MONITOR, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Regions", description = "Reference data, capacity profiles and what matched signings reserve")
public class RegionResource {

    private final RegionDirectory regions;
    private final RegionViews views;
    private final CapacityQueries queries;
    private final ProfileEditing editing;
    private final ProfileRules rules;
    private final Access access;

    RegionResource(RegionDirectory regions, RegionViews views, CapacityQueries queries, ProfileEditing editing,
                   ProfileRules rules, Access access) {
        this.regions = regions;
        this.views = views;
        this.queries = queries;
        this.editing = editing;
        this.rules = rules;
        this.access = access;
    }

    @GET
    @Operation(summary = "Regions by code, optionally of one zone (EAST, CENTRAL, WEST, NORTHEAST)")
    public Page<RegionView> list(@QueryParam("zone") String zone, @QueryParam("page") String page,
                                 @QueryParam("size") String size) {
        PageRequest request = PageRequest.of(page, size);
        Optional<Zone> wanted = zone(zone);
        List<Region> matching = regions.all().stream()
                .filter(region -> wanted.map(z -> region.zone() == z).orElse(true))
                .sorted(Comparator.comparing(Region::code))
                .toList();
        int from = (int) Math.min((long) request.page() * request.size(), matching.size());
        List<Region> slice = matching.subList(from, Math.min(from + request.size(), matching.size()));
        return new Page<>(views.of(slice), request.page(), request.size(), matching.size());
    }

    @GET
    @Path("{code}")
    @Operation(summary = "A region with its profile, reserved and remaining capacity; ETag is the profile version")
    public Response get(@PathParam("code") String code) {
        RegionView view = views.of(region(code));
        Response.ResponseBuilder response = Response.ok(view);
        if (view.profile() != null) {
            response.tag(new EntityTag(Long.toString(view.profile().version())));
        }
        return response.build();
    }

    @PUT
    @Path("{code}/capacity")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set a region's capacity profile", description = "When a profile exists, If-Match must "
            + "carry its version: 428 without it, 412 when it is stale. 201 when the profile is new. Regional offices "
            + "write inside their region claim only (403 elsewhere).")
    @RequestBody(content = @Content(schema = @Schema(implementation = Profile.class)))
    @RolesAllowed({Roles.REGIONAL_OFFICE, Roles.ADMIN})
    public Response putCapacity(@PathParam("code") String code, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                JsonNode body) {
        Region region = region(code);
        access.requireRegion(code, "Region " + code);
        Violations violations = new Violations();
        Profile profile = ProfileRequest.read(body, region, violations);
        rules.check(profile, violations);
        violations.throwIfAny("The capacity profile is invalid; nothing was changed.");
        ProfileEditing.SavedProfile saved = save(code, profile, version(ifMatch));
        RegionView view = views.of(region);
        return Response.status(saved.created() ? Response.Status.CREATED : Response.Status.OK)
                .tag(new EntityTag(Long.toString(saved.profile().version)))
                .entity(view)
                .build();
    }

    private ProfileEditing.SavedProfile save(String code, Profile profile, Optional<Long> expectedVersion) {
        try {
            return editing.save(code, profile, expectedVersion);
        } catch (ProfileVersionConflict conflict) {
            throw new ProblemException(conflict.reason() == ProfileVersionConflict.Reason.MISSING
                    ? Response.Status.PRECONDITION_REQUIRED : Response.Status.PRECONDITION_FAILED, conflict.getMessage());
        }
    }

    @GET
    @Path("{code}/reservations")
    @Operation(summary = "Signings holding land, labour or energy in the region")
    public Page<ReservationView> reservations(@PathParam("code") String code, @QueryParam("page") String page,
                                              @QueryParam("size") String size) {
        region(code);
        PageRequest request = PageRequest.of(page, size);
        return queries.activeReservations(code, request.page(), request.size()).map(ReservationView::of);
    }

    private Region region(String code) {
        return regions.find(code)
                .orElseThrow(() -> ProblemException.notFound("No region has GB/T 2260 code " + code + "."));
    }

    private static Optional<Zone> zone(String zone) {
        if (zone == null || zone.isBlank()) {
            return Optional.empty();
        }
        return Arrays.stream(Zone.values()).filter(z -> z.name().equals(zone.strip())).findFirst()
                .or(() -> {
                    throw ProblemException.badRequest("zone", "must be one of EAST, CENTRAL, WEST, NORTHEAST");
                });
    }

    private static Optional<Long> version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return Optional.empty();
        }
        String tag = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
        try {
            return Optional.of(Long.parseLong(tag));
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest("If-Match", "must be the profile version, e.g. \"3\"");
        }
    }
}
