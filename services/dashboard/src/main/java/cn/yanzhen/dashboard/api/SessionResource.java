package cn.yanzhen.dashboard.api;

import cn.yanzhen.contracts.access.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Signing in to the page: the page presents the bearer token once, in the Authorization header, and
 * gets it back as an HttpOnly cookie, which the browser then sends with every request and with the
 * live stream (EventSource cannot send headers, and a token must never travel in a URL). A person who
 * signed in at the identity provider holds the same cookie ({@link SignInResource}).
 */
@Path("/api/session")
@RolesAllowed({Roles.ORGANISER, Roles.REGIONAL_OFFICE, Roles.VERIFIER, Roles.MONITOR, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Session", description = "Sign the page in with a bearer token, and out")
public class SessionResource {

    private final JsonWebToken token;
    private final LiveStreams streams;
    private final SessionCookie cookie;
    private final ProviderSignIn provider;

    SessionResource(JsonWebToken token, LiveStreams streams, SessionCookie cookie, ProviderSignIn provider) {
        this.token = token;
        this.streams = streams;
        this.cookie = cookie;
        this.provider = provider;
    }

    /** How the page may sign in: at the identity provider (through {@code signIn}, when there is one), and with a token. */
    public record SignInWays(String signIn, boolean token) {
    }

    /** Who is signed in, until when, and where signing out ends the identity provider's session too (null: nowhere). */
    public record Session(String subject, List<String> roles, Instant expiresAt, String signOut) {
    }

    @POST
    @Operation(summary = "Exchange the bearer token for the page's session cookie (valid as long as the token)")
    public Response signIn() {
        return Response.ok(session()).cookie(cookie.holding(token.getRawToken(), token.getExpirationTime())).build();
    }

    @GET
    @Path("/ways")
    @PermitAll
    @Operation(summary = "How the page signs in: the identity provider's sign-in path (null without one), "
            + "and whether a pasted token is taken")
    public SignInWays ways() {
        return new SignInWays(provider.enabled() ? ProviderSignIn.SIGN_IN : null, true);
    }

    @GET
    @Operation(summary = "The signed-in caller")
    public Session session() {
        Set<String> groups = token.getGroups();
        return new Session(token.getName(), groups.stream().sorted().toList(),
                Instant.ofEpochSecond(token.getExpirationTime()), provider.issued(token) ? ProviderSignIn.SIGN_OUT : null);
    }

    @DELETE
    @Operation(summary = "Sign out: every live stream of the session ends (its last event 'session-ended', "
            + "reason 'signed-out') and the cookie is cleared")
    public Response signOut() {
        streams.endSession(token, SessionEnd.SIGNED_OUT);
        return Response.noContent().cookie(cookie.cleared()).build();
    }
}
