package cn.yanzhen.intake.api;

import cn.yanzhen.contracts.access.Roles;
import cn.yanzhen.contracts.signing.Signing;
import cn.yanzhen.intake.application.RepeatLinks;
import cn.yanzhen.intake.domain.RepeatLinkRefused;
import cn.yanzhen.intake.persistence.SigningEntity;
import cn.yanzhen.platform.api.JsonFieldReader;
import cn.yanzhen.platform.api.Params;
import cn.yanzhen.platform.api.ProblemException;
import cn.yanzhen.platform.validation.TextRules;
import cn.yanzhen.platform.validation.Violations;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The event organiser's word on whether a signing repeats an earlier signing of the same project. */
@Path("/api/signings/{id}/repeat-of")
@RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Signings", description = "Projects signed at an event")
public class RepeatLinkResource {

    private static final Set<String> LINK_FIELDS = Set.of("signingId", "note");
    private static final int NOTE_LENGTH = 500;

    private final SigningIntake intake;
    private final RepeatLinks links;

    RepeatLinkResource(SigningIntake intake, RepeatLinks links) {
        this.intake = intake;
        this.links = links;
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Confirm or set the earlier signing this one repeats",
            description = "The link then counts the project once beyond the event, through the earlier signing. "
                    + "409 when the earlier signing is withdrawn, itself a repeat, signed later, or this one is repeated.")
    @RequestBody(content = @Content(schema = @Schema(implementation = LinkRequest.class)))
    public Signing link(@PathParam("id") String id, JsonNode body) {
        UUID repeat = writable(id);
        Violations violations = new Violations();
        JsonFieldReader fields = new JsonFieldReader(body, LINK_FIELDS, violations);
        String earlier = fields.text("signingId");
        String note = note(fields.text("note"), violations);
        UUID earlierId = null;
        if (earlier == null && !violations.has("signingId")) {
            violations.add("signingId", "is required: the id of the earlier signing of the same project");
        } else if (earlier != null) {
            try {
                earlierId = UUID.fromString(earlier);
            } catch (IllegalArgumentException e) {
                violations.add("signingId", "must be a signing id (a UUID)");
            }
        }
        violations.throwIfAny("The link is invalid; nothing was changed.");
        UUID target = earlierId;
        return refusedAsProblem(() -> links.link(repeat, target, note)).toSigning();
    }

    @DELETE
    @Operation(summary = "Remove the link: the signing counts as a project of its own")
    public Signing unlink(@PathParam("id") String id, @QueryParam("note") String note) {
        UUID repeat = writable(id);
        Violations violations = new Violations();
        String checked = note(Params.optional(note), violations);
        violations.throwIfAny("The request is invalid; nothing was changed.");
        return refusedAsProblem(() -> links.unlink(repeat, checked)).toSigning();
    }

    private UUID writable(String id) {
        return intake.signingForWriting(Params.uuid(id, "No signing has id " + id + ".")).id;
    }

    private static String note(String note, Violations violations) {
        TextRules.optional(violations, "note", note, NOTE_LENGTH);
        return note;
    }

    private static SigningEntity refusedAsProblem(Supplier<SigningEntity> change) {
        try {
            return change.get();
        } catch (RepeatLinkRefused refused) {
            throw switch (refused.reason()) {
                case UNKNOWN_SIGNING -> ProblemException.notFound(refused.getMessage());
                case CONFLICT -> ProblemException.conflict(refused.getMessage());
            };
        }
    }

    /** The body of a link. */
    public record LinkRequest(String signingId, String note) {
    }
}
