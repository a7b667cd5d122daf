package cn.yanzhen.intake.api;

import cn.yanzhen.contracts.access.Roles;
import cn.yanzhen.contracts.signing.Signing;
import cn.yanzhen.intake.persistence.SigningEntity;
import cn.yanzhen.intake.persistence.SigningStore;
import cn.yanzhen.platform.api.JsonFieldReader;
import cn.yanzhen.platform.api.Params;
import cn.yanzhen.platform.api.ProblemException;
import cn.yanzhen.platform.validation.TextRules;
import cn.yanzhen.platform.validation.Violations;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/signings")
@RolesAllowed({Roles.ORGANISER, Roles.REGIONAL_OFFICE, Roles.VERIFIER, Roles.MONITOR, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Signings", description = "Projects signed at an event")
public class SigningResource {

    private static final Set<String> WITHDRAWAL_FIELDS = Set.of("reason");

    private final SigningIntake intake;
    private final SigningStore signings;

    SigningResource(SigningIntake intake, SigningStore signings) {
        this.intake = intake;
        this.signings = signings;
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One signing")
    public Signing get(@PathParam("id") String id) {
        return signings.findByIdOptional(parseId(id)).map(SigningEntity::toSigning)
                .orElseThrow(() -> ProblemException.notFound("No signing has id " + id + "."));
    }

    @POST
    @Path("{id}/withdraw")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Withdraw a signing", description = "The organiser takes the signing back; "
            + "a second withdrawal is 409.")
    @RequestBody(content = @Content(schema = @Schema(implementation = WithdrawalRequest.class)))
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    public Signing withdraw(@PathParam("id") String id, JsonNode body) {
        UUID signingId = intake.signingForWriting(parseId(id)).id;
        Violations violations = new Violations();
        String reason = new JsonFieldReader(body, WITHDRAWAL_FIELDS, violations).text("reason");
        TextRules.required(violations, "reason", reason, 500);
        violations.throwIfAny("The withdrawal is invalid.");
        return intake.withdraw(signingId, reason).signing().toSigning();
    }

    private static UUID parseId(String id) {
        return Params.uuid(id, "No signing has id " + id + ".");
    }

    /** The body of a withdrawal. */
    public record WithdrawalRequest(String reason) {
    }
}
