package cn.yanzhen.workbench.signin;

import io.quarkus.oidc.OidcRequestContext;
import io.quarkus.oidc.OidcTenantConfig;
import io.quarkus.oidc.OidcTenantConfigBuilder;
import io.quarkus.oidc.TenantConfigResolver;
import io.quarkus.oidc.runtime.OidcTenantConfig.ApplicationType;
import io.quarkus.oidc.runtime.OidcTenantConfig.Roles.Source;
import io.quarkus.oidc.runtime.builders.AuthenticationConfigBuilder;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Signing in to the workbench (docs/contract.md §7.12): every path runs the realm's authorization-code flow with
 * PKCE for the public client {@code yanzhen-workbench}. The person's roles are the access token's {@code groups},
 * the token every service judges; the tokens themselves stay in the database ({@link SessionTokens}).
 */
@ApplicationScoped
public class WorkbenchSignIn implements TenantConfigResolver {

    public static final String SIGN_OUT = "/sign-out";
    /** Tokens are renewed this long before they expire, so a forwarded call never carries one about to lapse. */
    private static final Duration RENEW_BEFORE = Duration.ofSeconds(30);

    private final Optional<OidcTenantConfig> tenant;

    WorkbenchSignIn(@ConfigProperty(name = "yanzhen.oidc.issuer") Optional<String> issuer,
                    @ConfigProperty(name = "yanzhen.workbench.oidc.client-id") String clientId,
                    @ConfigProperty(name = "yanzhen.workbench.oidc.secret") Optional<String> secret,
                    @ConfigProperty(name = "yanzhen.workbench.secure-cookie") boolean secureCookie) {
        this.tenant = issuer.filter(value -> !value.isBlank())
                .map(url -> tenant(url, clientId, secret.filter(value -> !value.isBlank()), secureCookie));
    }

    private static OidcTenantConfig tenant(String issuer, String clientId, Optional<String> secret, boolean secure) {
        OidcTenantConfigBuilder tenant = OidcTenantConfig.authServerUrl(issuer).tenantId("workbench")
                .clientId(clientId).applicationType(ApplicationType.WEB_APP)
                .roles().source(Source.accesstoken).roleClaimPath("groups").end()
                .token().refreshExpired().refreshTokenTimeSkew(RENEW_BEFORE).end()
                .logout().path(SIGN_OUT).postLogoutPath("/").end();
        AuthenticationConfigBuilder authentication = tenant.authentication().pkceRequired()
                .restorePathAfterRedirect().removeRedirectParameters()
                // the page's own calls get 499 instead of a redirect they cannot follow; the page then reloads
                .javaScriptAutoRedirect(false)
                // a session outlives its 5-minute access token as long as the realm keeps it (its idle timeout)
                .sessionAgeExtension(SessionTokens.IDLE)
                .cookieForceSecure(secure);
        // Without one, each start makes its own: enough for one replica; replicas must share it, since a
        // browser may come back from the provider to another replica than the one that sent it there.
        secret.ifPresent(authentication::stateSecret);
        authentication.end();
        return tenant.build();
    }

    /** Whether anyone can sign in here: a deployment names its realm. */
    public boolean enabled() {
        return tenant.isPresent();
    }

    @Override
    public Uni<OidcTenantConfig> resolve(RoutingContext context, OidcRequestContext<OidcTenantConfig> request) {
        return Uni.createFrom().item(tenant.orElse(null));
    }
}
