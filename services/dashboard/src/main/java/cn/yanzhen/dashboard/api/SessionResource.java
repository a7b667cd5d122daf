package cn.yanzhen.dashboard.api;

import cn.yanzhen.contracts.access.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Signing in to the page: the page presents the bearer token once, in the Authorization header, and
 * gets it back as an HttpOnly cookie, which the browser then sends with every request and with the
 * live stream (EventSource cannot send headers, and a token must never travel in a URL).
 */
@Path("/api/session")
@RolesAllowed({Roles.ORGANISER, Roles.REGIONAL_OFFICE, Roles.VERIFIER, Roles.MONITOR, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Session", description = "Sign the page in with a bearer token, and out")
public class SessionResource {

    private final JsonWebToken token;
    private final LiveStreams streams;
    private final String cookieName;
    private final boolean secureCookie;

    SessionResource(JsonWebToken token, LiveStreams streams,
                    @ConfigProperty(name = "mp.jwt.token.cookie") String cookieName,
                    @ConfigProperty(name = "yanzhen.dashboard.secure-cookie") boolean secureCookie) {
        this.token = token;
        this.streams = streams;
        this.cookieName = cookieName;
        this.secureCookie = secureCookie;
    }

    /** Who is signed in, and until when. */
    public record Session(String subject, List<String> roles, Instant expiresAt) {
    }

    @POST
    @Operation(summary = "Exchange the bearer token for the page's session cookie (valid as long as the token)")
    public Response signIn() {
        long seconds = Math.max(0, token.getExpirationTime() - Instant.now().getEpochSecond());
        return Response.ok(session()).cookie(cookie(token.getRawToken(), (int) seconds)).build();
    }

    @GET
    @Operation(summary = "The signed-in caller")
    public Session session() {
        Set<String> groups = token.getGroups();
        return new Session(token.getName(), groups.stream().sorted().toList(),
                Instant.ofEpochSecond(token.getExpirationTime()));
    }

    @DELETE
    @Operation(summary = "Sign out: every live stream of the session ends (its last event 'session-ended', "
            + "reason 'signed-out') and the cookie is cleared")
    public Response signOut() {
        streams.endSession(token, SessionEnd.SIGNED_OUT);
        return Response.noContent().cookie(cookie("", 0)).build();
    }

    private NewCookie cookie(String value, int maxAgeSeconds) {
        return new NewCookie.Builder(cookieName).value(value).path("/").maxAge(maxAgeSeconds).httpOnly(true)
                .secure(secureCookie).sameSite(NewCookie.SameSite.STRICT).build();
    }
}
