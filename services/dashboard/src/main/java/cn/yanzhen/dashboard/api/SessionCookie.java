package cn.yanzhen.dashboard.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.NewCookie;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The page's session: the caller's token in an HttpOnly cookie, which smallrye-jwt reads like a bearer
 * token, whichever way the token was obtained (pasted, or from the identity provider at sign-in).
 */
@ApplicationScoped
public class SessionCookie {

    private final String name;
    private final boolean secure;

    SessionCookie(@ConfigProperty(name = "mp.jwt.token.cookie") String name,
                  @ConfigProperty(name = "yanzhen.dashboard.secure-cookie") boolean secure) {
        this.name = name;
        this.secure = secure;
    }

    /** The cookie holding the token until it expires. */
    NewCookie holding(String rawToken, long expiresAtEpochSecond) {
        long seconds = Math.max(0, expiresAtEpochSecond - Instant.now().getEpochSecond());
        return cookie(rawToken, (int) seconds);
    }

    /** The cookie that clears it. */
    NewCookie cleared() {
        return cookie("", 0);
    }

    private NewCookie cookie(String value, int maxAgeSeconds) {
        return new NewCookie.Builder(name).value(value).path("/").maxAge(maxAgeSeconds).httpOnly(true)
                .secure(secure).sameSite(NewCookie.SameSite.STRICT).build();
    }
}
