package cn.yanzhen.platform.deadletters;

import cn.yanzhen.contracts.access.Roles;
import cn.yanzhen.platform.api.Params;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Every consuming service shows and replays its own dead letters (docs/contract.md §6.5). */
@Path("/api/admin/dead-letters")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Dead letters", description = "Records this service could not apply, kept until replayed")
public class DeadLetterResource {

    private final DeadLetterQueues queues;

    DeadLetterResource(DeadLetterQueues queues) {
        this.queues = queues;
    }

    @GET
    @Operation(summary = "This service's dead-letter topics and its dead letters on them",
            description = "records: every record of the topic (other services' too); waiting: this service's not yet replayed.")
    public DeadLetterViews.Queues list() {
        return queues.list();
    }

    @POST
    @Path("/{dlq}/replay")
    @Operation(summary = "Send this service's dead letters back to their topic, each once",
            description = "ceId= only the dead letters of that event. Readers skip events they applied, so a "
                    + "replayed event takes effect once; a dead letter already replayed is not sent again.")
    public DeadLetterViews.Replay replay(@PathParam("dlq") String dlq, @QueryParam("ceId") String ceId) {
        return queues.replay(dlq, Params.optional(ceId));
    }
}
