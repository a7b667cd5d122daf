package cn.yanzhen.workbench.api;

import cn.yanzhen.contracts.access.Roles;
import cn.yanzhen.workbench.signin.WorkbenchSignIn;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.common.runtime.OidcCommonUtils;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.json.JsonObject;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Who is signed in, as the services will judge them: the roles, region and organisation of the access token the
 * workbench forwards. The page shows what these allow; the services still decide every call.
 */
@Path("/api/me")
// Anyone with a role of §1: what each may do is the services' answer to the forwarded token, not the page's.
@RolesAllowed({Roles.ORGANISER, Roles.REGIONAL_OFFICE, Roles.VERIFIER, Roles.MONITOR, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Person", description = "The signed-in person")
public class PersonResource {

    private final SecurityIdentity identity;
    private final AccessTokenCredential token;
    private final String dashboardUrl;

    PersonResource(SecurityIdentity identity, AccessTokenCredential token,
                   @ConfigProperty(name = "yanzhen.workbench.dashboard-url") String dashboardUrl) {
        this.identity = identity;
        this.token = token;
        this.dashboardUrl = dashboardUrl;
    }

    /** The person; region and org are null when the token carries none. */
    public record Person(String username, String name, List<String> roles, String region, String org,
                         String dashboard, String signOut) {
    }

    @GET
    @Operation(summary = "The signed-in person: username, name, roles, region, organisation; the dashboard's address")
    public Person person() {
        // quarkus-oidc has verified the token at sign-in and on each renewal: only its claims are read here
        JsonObject claims = OidcCommonUtils.decodeJwtContent(token.getToken());
        String name = (claims.getString("family_name", "") + claims.getString("given_name", "")).trim();
        return new Person(claims.getString("preferred_username"), name.isEmpty() ? null : name,
                identity.getRoles().stream().sorted().toList(), claims.getString("region"), claims.getString("org"),
                dashboardUrl, WorkbenchSignIn.SIGN_OUT);
    }
}
