package cn.yanzhen.intake.api.park;

import cn.yanzhen.contracts.access.Roles;
import cn.yanzhen.contracts.park.Park;
import cn.yanzhen.contracts.reference.RegionDirectory;
import cn.yanzhen.intake.application.park.ParkRegistration;
import cn.yanzhen.intake.domain.park.ParkRegionFixed;
import cn.yanzhen.intake.domain.park.ParkRules;
import cn.yanzhen.intake.domain.park.ParkSubmission;
import cn.yanzhen.intake.persistence.park.ParkEntity;
import cn.yanzhen.intake.persistence.park.ParkStore;
import cn.yanzhen.platform.api.Page;
import cn.yanzhen.platform.api.PageRequest;
import cn.yanzhen.platform.api.ProblemException;
import cn.yanzhen.platform.api.RegionFilter;
import cn.yanzhen.platform.persistence.UniqueKeyConflicts;
import cn.yanzhen.platform.security.Access;
import cn.yanzhen.platform.validation.Violations;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/parks")
@RolesAllowed({Roles.ORGANISER, Roles.REGIONAL_OFFICE, Roles.VERIFIER, Roles.MONITOR, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Parks", description = "Industrial parks (园区) where signed projects land")
public class ParkResource {

    private final ParkStore parks;
    private final ParkRegistration registration;
    private final ParkRules rules;
    private final RegionDirectory regions;
    private final Access access;

    ParkResource(ParkStore parks, ParkRegistration registration, ParkRules rules, RegionDirectory regions,
                 Access access) {
        this.parks = parks;
        this.registration = registration;
        this.rules = rules;
        this.regions = regions;
        this.access = access;
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register or change a park", description = "201 when the code is new; 200 with the park "
            + "when it is the same (nothing published) or changed (published and audited); 409 when the park is "
            + "registered in another region. The regional office of a province containing the park's region, or "
            + "an admin (403 otherwise).")
    @RolesAllowed({Roles.REGIONAL_OFFICE, Roles.ADMIN})
    public Response put(@PathParam("code") String code, JsonNode body) {
        Violations violations = new Violations();
        ParkSubmission park = ParkRequest.read(code, body, violations);
        rules.check(park, violations);
        violations.throwIfAny("The park is invalid; nothing was stored.");
        access.requireProvince(park.region(), "Park " + code);
        ParkRegistration.Saved saved = save(park);
        return saved.outcome() == ParkRegistration.Outcome.CREATED
                ? Response.created(URI.create("/api/parks/" + code)).entity(saved.park()).build()
                : Response.ok(saved.park()).build();
    }

    @GET
    @Operation(summary = "Parks by code; with region=, those inside that region")
    public Page<Park> list(@QueryParam("region") String region, @QueryParam("page") String page,
                           @QueryParam("size") String size) {
        PageRequest request = PageRequest.of(page, size);
        return parks.page(RegionFilter.codesWithin(regions, region), request.page(), request.size())
                .map(ParkEntity::toPark);
    }

    @GET
    @Path("{code}")
    @Operation(summary = "One park")
    public Park get(@PathParam("code") String code) {
        return parks.find(code).map(ParkEntity::toPark)
                .orElseThrow(() -> ProblemException.notFound("No park has code " + code + "."));
    }

    private ParkRegistration.Saved save(ParkSubmission park) {
        try {
            return UniqueKeyConflicts.retryOnce(() -> registration.save(park));
        } catch (ParkRegionFixed fixed) {
            throw ProblemException.conflict(fixed.getMessage());
        }
    }
}
