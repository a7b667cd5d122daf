package cn.yanzhen.dashboard.api;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.common.runtime.OidcCommonUtils;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Where the identity provider sends a person back after signing in (the code flow is done by then): the
 * access token it issued becomes the page's session cookie, exactly as a pasted token would, and the
 * page opens. The token goes only into the HttpOnly cookie, never into the page or a URL.
 */
@Path(ProviderSignIn.SIGN_IN)
// Anyone the provider signed in: the roles are the session's business, read from the access token as for a
// pasted one (a person without a dashboard role then gets 403 from every page API).
@RolesAllowed("**")
@Tag(name = "Session")
public class SignInResource {

    private final AccessTokenCredential accessToken;
    private final SessionCookie cookie;

    SignInResource(AccessTokenCredential accessToken, SessionCookie cookie) {
        this.accessToken = accessToken;
        this.cookie = cookie;
    }

    @GET
    @Operation(summary = "Sign in at the identity provider (a browser is sent there and back), then open the page")
    public Response signIn() {
        String token = accessToken.getToken();
        // quarkus-oidc has just verified it, and every request carrying the cookie verifies it again: only its lifetime is read
        long expiresAt = OidcCommonUtils.decodeJwtContent(token).getLong("exp");
        return Response.seeOther(URI.create("/")).cookie(cookie.holding(token, expiresAt)).build();
    }
}
