package cn.yanzhen.dashboard.api;

import io.quarkus.oidc.OidcRequestContext;
import io.quarkus.oidc.OidcTenantConfig;
import io.quarkus.oidc.OidcTenantConfigBuilder;
import io.quarkus.oidc.TenantConfigResolver;
import io.quarkus.oidc.runtime.OidcTenantConfig.ApplicationType;
import io.quarkus.oidc.runtime.builders.AuthenticationConfigBuilder;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Signing in at the identity provider (docs/contract.md §7.10): when the deployment names one
 * ({@code yanzhen.oidc.issuer}), its authorization-code flow with PKCE guards only {@link #SIGN_IN} and
 * {@link #SIGN_OUT}. Every other path keeps reading the page's session cookie and bearer tokens through
 * smallrye-jwt, so the provider's tokens and the deployment's own are judged by the same rules as in
 * every service, and scripts and tests keep their token exchange.
 */
@ApplicationScoped
public class ProviderSignIn implements TenantConfigResolver {

    static final String SIGN_IN = "/sign-in";
    static final String SIGN_OUT = "/sign-out";

    private final Optional<String> issuer;
    private final Optional<OidcTenantConfig> tenant;

    ProviderSignIn(@ConfigProperty(name = "yanzhen.oidc.issuer") Optional<String> issuer,
                   @ConfigProperty(name = "yanzhen.dashboard.oidc.client-id") String clientId,
                   @ConfigProperty(name = "yanzhen.dashboard.oidc.secret") Optional<String> secret) {
        this.issuer = issuer.filter(value -> !value.isBlank());
        this.tenant = this.issuer.map(url -> tenant(url, clientId, secret.filter(value -> !value.isBlank())));
    }

    private static OidcTenantConfig tenant(String issuer, String clientId, Optional<String> secret) {
        OidcTenantConfigBuilder tenant = OidcTenantConfig.authServerUrl(issuer).tenantId("identity-provider")
                .clientId(clientId).applicationType(ApplicationType.WEB_APP)
                // the provider's session ends too (RP-initiated logout); then its login page comes again
                .logout().path(SIGN_OUT).postLogoutPath(SIGN_IN).end();
        AuthenticationConfigBuilder authentication = tenant.authentication().pkceRequired();
        // Without one, each start makes its own: enough for one replica; replicas must share it, since a
        // browser may come back from the provider to another replica than the one that sent it there.
        secret.ifPresent(authentication::stateSecret);
        authentication.end();
        secret.ifPresent(shared -> tenant.tokenStateManager().encryptionSecret(shared).end());
        return tenant.build();
    }

    boolean enabled() {
        return tenant.isPresent();
    }

    /** Whether the provider issued the token (its session is then ended at sign-out too). */
    boolean issued(JsonWebToken token) {
        return issuer.isPresent() && issuer.get().equals(token.getIssuer());
    }

    @Override
    public Uni<OidcTenantConfig> resolve(RoutingContext context, OidcRequestContext<OidcTenantConfig> request) {
        String path = context.normalizedPath();
        boolean guarded = SIGN_IN.equals(path) || SIGN_OUT.equals(path);
        return Uni.createFrom().item(guarded ? tenant.orElse(null) : null);
    }
}
