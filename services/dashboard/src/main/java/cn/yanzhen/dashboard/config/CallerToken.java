package cn.yanzhen.dashboard.config;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.jwt.auth.cdi.NullJsonWebToken;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The caller's token as every service reads it: the one smallrye-jwt verified, from the session cookie or
 * the bearer header. quarkus-oidc, here only for the sign-in at the identity provider, brings its own
 * JsonWebToken (priority 2) that knows only the identities of its own flows, and would hand the session and
 * live-stream resources an empty token.
 */
@ApplicationScoped
public class CallerToken {

    @Produces
    @RequestScoped
    @Alternative
    @Priority(3)
    JsonWebToken verified(SecurityIdentity identity) {
        return identity.getPrincipal() instanceof JsonWebToken token ? token : new NullJsonWebToken();
    }
}
