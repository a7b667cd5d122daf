package cn.yanzhen.platform.security;

import io.smallrye.jwt.KeyFormat;
import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The two kinds of token a service accepts (docs/contract.md §1.1): those of the identity provider (its
 * issuer, its keys from its JWKS, and this service's audience), and those signed with the deployment's own
 * key ({@code mp.jwt.verify.*}: scripts, tests, {@code deploy/local/stack token}). The token's issuer
 * picks the rules; its signature, lifetime and audience are then checked by smallrye-jwt as usual, so a
 * token claiming the provider's issuer but signed with another key is refused like any forgery.
 */
@ApplicationScoped
@Alternative
@Priority(1)
public class TrustedIssuers extends JWTCallerPrincipalFactory {

    // one each: a factory keeps the keys it resolved (the JWKS it fetched) for the context it first saw
    private final JWTCallerPrincipalFactory ownKey = new DefaultJWTCallerPrincipalFactory();
    private final JWTCallerPrincipalFactory provider = new DefaultJWTCallerPrincipalFactory();
    private final ProviderSettings settings;
    private volatile JWTAuthContextInfo providerContext;

    TrustedIssuers(@ConfigProperty(name = "yanzhen.oidc.issuer") Optional<String> issuer,
                   @ConfigProperty(name = "yanzhen.oidc.jwks") Optional<String> jwks,
                   @ConfigProperty(name = "yanzhen.oidc.audience") String audience) {
        this.settings = new ProviderSettings(issuer.filter(value -> !value.isBlank()), jwks, audience);
    }

    @Override
    public JWTCallerPrincipal parse(String token, JWTAuthContextInfo ownKeyContext) throws ParseException {
        if (settings.issuer().isPresent() && settings.issuer().get().equals(UnverifiedIssuer.of(token))) {
            return provider.parse(token, providerContext(ownKeyContext));
        }
        return ownKey.parse(token, ownKeyContext);
    }

    /** The deployment's rules (lifetime, clock skew, groups claim) with the provider's issuer, keys and our audience. */
    private JWTAuthContextInfo providerContext(JWTAuthContextInfo ownKeyContext) {
        JWTAuthContextInfo context = providerContext;
        if (context == null) {
            context = new JWTAuthContextInfo(ownKeyContext);
            context.setPublicVerificationKey(null);
            context.setSignerKey(null);
            context.setPublicKeyContent(null);
            context.setPublicKeyLocation(settings.jwksLocation());
            context.setKeyFormat(KeyFormat.JWK);
            context.setIssuedBy(settings.issuer().orElseThrow());
            context.setExpectedAudience(Set.of(settings.audience()));
            providerContext = context;
        }
        return context;
    }

    /** Where the provider is: its issuer, its key set (by default where Keycloak publishes it) and our audience. */
    record ProviderSettings(Optional<String> issuer, Optional<String> jwks, String audience) {

        String jwksLocation() {
            return jwks.filter(value -> !value.isBlank())
                    .orElseGet(() -> issuer.orElseThrow() + "/protocol/openid-connect/certs");
        }
    }
}
