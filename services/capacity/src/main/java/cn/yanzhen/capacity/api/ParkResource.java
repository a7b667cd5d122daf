package cn.yanzhen.capacity.api;

import cn.yanzhen.capacity.persistence.CapacityQueries;
import cn.yanzhen.capacity.persistence.ParkEntity;
import cn.yanzhen.capacity.persistence.ParkQueries;
import cn.yanzhen.contracts.access.Roles;
import cn.yanzhen.platform.api.Page;
import cn.yanzhen.platform.api.PageRequest;
import cn.yanzhen.platform.api.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/parks/{code}")
@RolesAllowed({Roles.ORGANISER, Roles.REGIONAL_OFFICE, Roles.VERIFIER, Roles.MONITOR, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Parks", description = "The land of each registered park (园区) and what matched signings hold of it")
public class ParkResource {

    private final ParkQueries parks;
    private final CapacityQueries queries;

    ParkResource(ParkQueries parks, CapacityQueries queries) {
        this.parks = parks;
        this.queries = queries;
    }

    @GET
    @Path("capacity")
    @Operation(summary = "A park's land in 亩: available (from the park registry), reserved by matched signings, remaining")
    public ParkCapacityView capacity(@PathParam("code") String code) {
        ParkEntity park = park(code);
        return ParkCapacityView.of(park, parks.land(park));
    }

    @GET
    @Path("reservations")
    @Operation(summary = "Signings holding land in the park (landHa × 15 亩 each)")
    public Page<ReservationView> reservations(@PathParam("code") String code, @QueryParam("page") String page,
                                              @QueryParam("size") String size) {
        park(code);
        PageRequest request = PageRequest.of(page, size);
        return queries.activeReservationsInPark(code, request.page(), request.size()).map(ReservationView::of);
    }

    private ParkEntity park(String code) {
        return parks.park(code).orElseThrow(() -> ProblemException.notFound("容量服务尚无代码为 " + code
                + " 的园区（园区由 intake 登记，经 yanzhen.parks 传来）。No park has code " + code
                + " in capacity: intake registers parks, capacity learns them from yanzhen.parks."));
    }
}
