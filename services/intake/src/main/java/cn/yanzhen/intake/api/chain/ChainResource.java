package cn.yanzhen.intake.api.chain;

import cn.yanzhen.contracts.access.Roles;
import cn.yanzhen.contracts.chain.IndustrialChain;
import cn.yanzhen.contracts.reference.Region;
import cn.yanzhen.contracts.reference.RegionDirectory;
import cn.yanzhen.intake.application.chain.ChainRegistration;
import cn.yanzhen.intake.domain.chain.ChainRules;
import cn.yanzhen.intake.domain.chain.SigningChainRule;
import cn.yanzhen.intake.persistence.chain.ChainEntity;
import cn.yanzhen.intake.persistence.chain.ChainStore;
import cn.yanzhen.platform.api.JsonFieldReader;
import cn.yanzhen.platform.api.Page;
import cn.yanzhen.platform.api.PageRequest;
import cn.yanzhen.platform.api.ProblemException;
import cn.yanzhen.platform.security.Access;
import cn.yanzhen.platform.validation.Violations;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/chains")
@RolesAllowed({Roles.ORGANISER, Roles.REGIONAL_OFFICE, Roles.VERIFIER, Roles.MONITOR, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Industrial chains", description = "A province's industrial chains (产业链) and their lead firms")
public class ChainResource {

    private static final Set<String> FIELDS = Set.of("province", "name", "industries", "leadFirms");

    private final ChainRegistration registration;
    private final ChainStore chains;
    private final ChainRules rules;
    private final SigningChainRule tagging;
    private final RegionDirectory regions;
    private final Access access;

    ChainResource(ChainRegistration registration, ChainStore chains, ChainRules rules, SigningChainRule tagging,
                  RegionDirectory regions, Access access) {
        this.registration = registration;
        this.chains = chains;
        this.rules = rules;
        this.tagging = tagging;
        this.regions = regions;
        this.access = access;
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REGIONAL_OFFICE, Roles.ADMIN})
    @Operation(summary = "Set one of a province's industrial chains", description = "{province, name, industries: "
            + "GB/T 4754 codes it spans, leadFirms}. 201 when new, 200 when changed or the same again; 409 for another "
            + "province than the chain's. For the office whose region contains the province (the province's own), or "
            + "an admin.")
    public Response set(@PathParam("code") String code, JsonNode body) {
        Violations violations = new Violations();
        JsonFieldReader fields = new JsonFieldReader(body, FIELDS, violations);
        IndustrialChain chain = new IndustrialChain(code, fields.text("province"), fields.text("name"),
                fields.textList("industries", ChainRules.MAX_ENTRIES), fields.textList("leadFirms",
                ChainRules.MAX_ENTRIES));
        rules.check(chain, violations);
        violations.throwIfAny("The chain is invalid; nothing was stored.");
        String by = access.requireRegion(chain.province(), "Chain " + code).subject();
        chains.find(code).filter(stored -> !stored.province.equals(chain.province())).ifPresent(stored -> {
            throw ProblemException.conflict("Chain " + code + " is " + stored.province + "'s; a chain stays in its "
                    + "province.");
        });
        ChainRegistration.Set set = registration.set(chain, by);
        return Response.status(set.outcome() == ChainRegistration.Outcome.CREATED ? Response.Status.CREATED
                : Response.Status.OK).entity(set.chain()).build();
    }

    @GET
    @Transactional
    @Operation(summary = "Industrial chains, by code", description = "province= the chains of one province")
    public Page<IndustrialChain> list(@QueryParam("province") String province, @QueryParam("page") String page,
                                      @QueryParam("size") String size) {
        PageRequest request = PageRequest.of(page, size);
        return chains.page(province(province), request.page(), request.size()).map(ChainEntity::toChain);
    }

    @GET
    @Path("suggestions")
    @Transactional
    @Operation(summary = "The chains a project could be tagged to", description = "region= its destination, "
            + "industryCode= its GB/T 4754 code: the chains of the destination's province that span the industry, the "
            + "most specific first (a signing naming no chain takes the first, unless the second is as specific).")
    public List<IndustrialChain> suggestions(@QueryParam("region") String region,
                                             @QueryParam("industryCode") String industryCode) {
        Violations violations = new Violations();
        if (region == null || !regions.contains(region)) {
            violations.add("region", "须为已知的地区代码 / must be a known GB/T 2260 region code");
        }
        if (industryCode == null || !industryCode.matches("[0-9]{2,4}")) {
            violations.add("industryCode", "须为 2 至 4 位国民经济行业代码 / must be a GB/T 4754 code of 2 to 4 digits");
        }
        violations.throwIfAny("The question is invalid.");
        List<IndustrialChain> ofProvince = tagging.provinceOf(region).map(chains::ofProvince).orElse(List.of())
                .stream().map(ChainEntity::toChain).toList();
        return tagging.candidates(region, industryCode, ofProvince);
    }

    @GET
    @Path("{code}")
    @Transactional
    @Operation(summary = "One industrial chain")
    public IndustrialChain get(@PathParam("code") String code) {
        return chains.find(code).map(ChainEntity::toChain)
                .orElseThrow(() -> ProblemException.notFound("No industrial chain has code " + code + "."));
    }

    private String province(String province) {
        if (province == null || province.isBlank()) {
            return null;
        }
        if (regions.find(province.strip()).filter(region -> region.level() == Region.Level.PROVINCE).isEmpty()) {
            throw ProblemException.badRequest("province", "must be the GB/T 2260 code of a province");
        }
        return province.strip();
    }
}
