package cn.yanzhen.intake.api.pipeline;

import cn.yanzhen.contracts.access.Roles;
import cn.yanzhen.contracts.pipeline.Lead;
import cn.yanzhen.contracts.pipeline.LeadStage;
import cn.yanzhen.contracts.reference.RegionDirectory;
import cn.yanzhen.intake.application.pipeline.LeadChange;
import cn.yanzhen.intake.application.pipeline.LeadConversion;
import cn.yanzhen.intake.application.pipeline.LeadProgress;
import cn.yanzhen.intake.application.pipeline.LeadRecording;
import cn.yanzhen.intake.domain.pipeline.LeadRefused;
import cn.yanzhen.intake.domain.pipeline.LeadRules;
import cn.yanzhen.intake.domain.pipeline.NewLead;
import cn.yanzhen.intake.persistence.pipeline.LeadEntity;
import cn.yanzhen.intake.persistence.pipeline.LeadStore;
import cn.yanzhen.platform.api.Page;
import cn.yanzhen.platform.api.PageRequest;
import cn.yanzhen.platform.api.ProblemException;
import cn.yanzhen.platform.api.RegionFilter;
import cn.yanzhen.platform.security.Access;
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
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/leads")
@RolesAllowed({Roles.ORGANISER, Roles.REGIONAL_OFFICE, Roles.VERIFIER, Roles.MONITOR, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Pipeline", description = "The projects a region works on before they are signed (招商项目库)")
public class LeadResource {

    private static final String OFFICE = "For the regional office whose region contains the lead's destination (or "
            + "an admin).";

    private final LeadRecording recording;
    private final LeadProgress progress;
    private final LeadConversion conversion;
    private final LeadStore leads;
    private final LeadRules rules;
    private final RegionDirectory regions;
    private final Access access;
    private final Clock clock;

    LeadResource(LeadRecording recording, LeadProgress progress, LeadConversion conversion, LeadStore leads,
                 LeadRules rules, RegionDirectory regions, Access access, Clock clock) {
        this.recording = recording;
        this.progress = progress;
        this.conversion = conversion;
        this.leads = leads;
        this.rules = rules;
        this.regions = regions;
        this.access = access;
        this.clock = clock;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REGIONAL_OFFICE, Roles.ADMIN})
    @Operation(summary = "Put a project into the pipeline", description = "{leadId, firm: {name, creditCode?, "
            + "originRegion}, projectName, destinationRegion, industryCode, expectedInvestmentYuan, officer, "
            + "firstContactOn}. 201 when recorded (LEAD), 200 for the same lead again, 409 for another under the id. "
            + OFFICE)
    @RequestBody(content = @Content(schema = @Schema(implementation = NewLead.class)))
    public Response record(JsonNode body) {
        NewLead lead = LeadBody.lead(body, rules, LocalDate.now(clock));
        String by = access.requireRegion(lead.destinationRegion(), "Lead " + lead.leadId()).subject();
        LeadChange recorded = refusedAsProblem(() -> recording.record(lead, by));
        return (recorded.changed() ? Response.created(URI.create("/api/leads/" + lead.leadId())) : Response.ok())
                .entity(recorded.lead()).build();
    }

    @POST
    @Path("{leadId}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REGIONAL_OFFICE, Roles.ADMIN})
    @Operation(summary = "Move a lead on", description = "{stage: NEGOTIATING | INTENT | DROPPED, on, note} (note "
            + "required for DROPPED: why). Forward only, LEAD → NEGOTIATING → INTENT, skipping allowed; DROPPED from "
            + "any stage before SIGNED; SIGNED and DROPPED are final (409). 201 when taken, 200 for the lead's latest "
            + "move again. " + OFFICE)
    public Response move(@PathParam("leadId") String leadId, JsonNode body) {
        String by = office(leadId);
        return answer(refusedAsProblem(() -> progress.move(leadId, LeadBody.move(body), by)));
    }

    @POST
    @Path("{leadId}/contacts")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REGIONAL_OFFICE, Roles.ADMIN})
    @Operation(summary = "Note a contact with the firm", description = "{on, note}: 201 when noted, 200 when the "
            + "lead already has this contact (same day and note). " + OFFICE)
    public Response contact(@PathParam("leadId") String leadId, JsonNode body) {
        String by = office(leadId);
        return answer(refusedAsProblem(() -> progress.contact(leadId, LeadBody.contact(body), by)));
    }

    @POST
    @Path("{leadId}/conversion")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REGIONAL_OFFICE, Roles.ADMIN})
    @Operation(summary = "Link a lead to the signing it became", description = "{signingId}: the lead becomes "
            + "SIGNED on the day signed and the signing names the lead. 201 when linked, 200 for the same link again, "
            + "409 when either is already linked elsewhere, the lead was dropped, the signing withdrawn, outside the "
            + "lead's region or signed before the first contact. " + OFFICE)
    public Response convert(@PathParam("leadId") String leadId, JsonNode body) {
        String by = office(leadId);
        return answer(refusedAsProblem(() -> conversion.convert(leadId, LeadBody.signingId(body), by)));
    }

    @GET
    @Transactional
    @Operation(summary = "The pipeline, the latest first contact first",
            description = "region= (leads going inside it), stage= (LEAD | NEGOTIATING | INTENT | SIGNED | DROPPED)")
    public Page<Lead> list(@QueryParam("region") String region, @QueryParam("stage") String stage,
                           @QueryParam("page") String page, @QueryParam("size") String size) {
        PageRequest request = PageRequest.of(page, size);
        return leads.page(RegionFilter.codesWithin(regions, region), stage(stage), request.page(), request.size())
                .map(LeadEntity::toLead);
    }

    @GET
    @Path("{leadId}")
    @Transactional
    @Operation(summary = "One lead with its contacts, its stages and the signing it became")
    public Lead get(@PathParam("leadId") String leadId) {
        return lead(leadId).toLead();
    }

    private String office(String leadId) {
        return access.requireRegion(lead(leadId).destinationRegion, "Lead " + leadId).subject();
    }

    private LeadEntity lead(String leadId) {
        return leads.find(leadId).orElseThrow(() -> ProblemException.notFound("No lead has id " + leadId + "."));
    }

    private static LeadStage stage(String stage) {
        if (stage == null || stage.isBlank()) {
            return null;
        }
        return Arrays.stream(LeadStage.values()).filter(value -> value.name().equals(stage.strip())).findFirst()
                .orElseThrow(() -> ProblemException.badRequest("stage", "must be one of "
                        + Arrays.toString(LeadStage.values())));
    }

    private static Response answer(LeadChange change) {
        return Response.status(change.changed() ? Response.Status.CREATED : Response.Status.OK)
                .entity(change.lead()).build();
    }

    private static LeadChange refusedAsProblem(Supplier<LeadChange> change) {
        try {
            return change.get();
        } catch (LeadRefused refused) {
            throw refused.reason() == LeadRefused.Reason.UNKNOWN ? ProblemException.notFound(refused.getMessage())
                    : ProblemException.conflict(refused.getMessage());
        }
    }
}
