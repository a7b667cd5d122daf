package cn.yanzhen.matching.api;

import cn.yanzhen.contracts.access.Roles;
import cn.yanzhen.contracts.matching.SigningMatched;
import cn.yanzhen.contracts.reference.RegionDirectory;
import cn.yanzhen.matching.persistence.MatchQueries;
import cn.yanzhen.matching.application.SigningMatching;
import cn.yanzhen.matching.domain.SigningWithdrawn;
import cn.yanzhen.platform.api.Page;
import cn.yanzhen.platform.api.PageRequest;
import cn.yanzhen.platform.api.Params;
import cn.yanzhen.platform.api.ProblemException;
import cn.yanzhen.platform.api.RegionFilter;
import cn.yanzhen.platform.security.Access;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/matches")
@RolesAllowed({Roles.ORGANISER, Roles.REGIONAL_OFFICE, Roles.VERIFIER, Roles.MONITOR, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Matches", description = "How each signing fits its destination region, and why")
public class MatchResource {

    private final MatchQueries queries;
    private final SigningMatching matching;
    private final RegionDirectory regions;
    private final Access access;

    MatchResource(MatchQueries queries, SigningMatching matching, RegionDirectory regions, Access access) {
        this.queries = queries;
        this.matching = matching;
        this.regions = regions;
        this.access = access;
    }

    @GET
    @Path("{signingId}")
    @Operation(summary = "The current match result of a signing")
    public SigningMatched get(@PathParam("signingId") String signingId) {
        return queries.current(id(signingId)).orElseThrow(() -> notYet(signingId));
    }

    @GET
    @Path("{signingId}/history")
    @Operation(summary = "Every evaluation of a signing, newest first (results are never rewritten)")
    public List<SigningMatched> history(@PathParam("signingId") String signingId) {
        List<SigningMatched> history = queries.history(id(signingId));
        if (history.isEmpty()) {
            throw notYet(signingId);
        }
        return history;
    }

    @GET
    @Operation(summary = "Current results, by verdict, event and destination (region= includes every "
            + "destination inside the code)")
    public Page<SigningMatched> list(@QueryParam("verdict") String verdict, @QueryParam("event") String event,
                                     @QueryParam("region") String region, @QueryParam("page") String page,
                                     @QueryParam("size") String size) {
        PageRequest request = PageRequest.of(page, size);
        MatchQueries.Filter filter = new MatchQueries.Filter(verdict(verdict), Params.optional(event),
                RegionFilter.codesWithin(regions, region));
        return queries.current(filter, request.page(), request.size());
    }

    @POST
    @Path("{signingId}/rematch")
    @Operation(summary = "Evaluate a signing again against today's capacity", description = "Publishes a new "
            + "result with a new ce_id; the earlier ones stay in the history. 409 for a withdrawn signing. "
            + "For the regional office of the destination (or an admin).")
    @RolesAllowed({Roles.REGIONAL_OFFICE, Roles.ADMIN})
    public SigningMatched rematch(@PathParam("signingId") String signingId) {
        SigningMatched current = get(signingId);
        access.requireRegion(current.destinationRegion(), "Signing " + signingId);
        try {
            return matching.rematch(current).orElseThrow(() -> notYet(signingId));
        } catch (SigningWithdrawn withdrawn) {
            throw ProblemException.conflict(withdrawn.getMessage());
        }
    }

    private static String verdict(String verdict) {
        if (verdict == null || verdict.isBlank()) {
            return null;
        }
        return Arrays.stream(SigningMatched.Verdict.values()).map(Enum::name)
                .filter(name -> name.equals(verdict.strip())).findFirst()
                .orElseThrow(() -> ProblemException.badRequest("verdict",
                        "must be one of RECOMMENDED, ACCEPTABLE, RISKY, MISMATCH"));
    }

    private static UUID id(String signingId) {
        return Params.uuid(signingId, notYet(signingId).getMessage());
    }

    private static ProblemException notYet(String signingId) {
        return ProblemException.notFound("No match result for signing " + signingId
                + "; if it was just submitted, it may not have arrived yet.");
    }
}
