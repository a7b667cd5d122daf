package cn.yanzhen.dashboard.api;

import cn.yanzhen.contracts.access.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/live")
@RolesAllowed({Roles.ORGANISER, Roles.REGIONAL_OFFICE, Roles.VERIFIER, Roles.MONITOR, Roles.ADMIN})
@Tag(name = "Live", description = "Server-Sent Events: the overview, now and after every change")
public class LiveResource {

    private final LiveFeed feed;
    private final JsonWebToken token;

    LiveResource(LiveFeed feed, JsonWebToken token) {
        this.feed = feed;
        this.token = token;
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Events named 'overview': the current overview at once, then a new one within a second "
            + "of any change (at most a few a second); at the token's expiry or the session's sign-out a last event "
            + "'session-ended' ({\"reason\": \"expired\" or \"signed-out\"}) and the stream closes. 429 past the "
            + "streams one session, or the service, may have open")
    public void live(@Context SseEventSink sink, @Context Sse sse) {
        feed.join(sink, sse, token);
    }
}
