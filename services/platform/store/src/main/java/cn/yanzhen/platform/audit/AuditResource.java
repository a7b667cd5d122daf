package cn.yanzhen.platform.audit;

import cn.yanzhen.contracts.access.Roles;
import cn.yanzhen.platform.api.Page;
import cn.yanzhen.platform.api.PageRequest;
import cn.yanzhen.platform.api.Params;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Every service answers for the writes it accepted. */
@Path("/api/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "Who changed what in this service, and when")
public class AuditResource {

    private final AuditTrail trail;

    AuditResource(AuditTrail trail) {
        this.trail = trail;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.MONITOR})
    @Operation(summary = "Accepted writes, newest first", description = "subject= the token subject; entity= "
            + "type:id (event:2025-GX, signing:<uuid>, region:450500, project:<uuid>, match:<uuid>) or the id alone.")
    public Page<AuditEntry> list(@QueryParam("subject") String subject, @QueryParam("entity") String entity,
                                 @QueryParam("page") String page, @QueryParam("size") String size) {
        PageRequest request = PageRequest.of(page, size);
        return trail.page(Params.optional(subject), Params.optional(entity), request.page(), request.size());
    }
}
