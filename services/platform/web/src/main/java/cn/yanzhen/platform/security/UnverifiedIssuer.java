package cn.yanzhen.platform.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.consumer.InvalidJwtException;

/**
 * The {@code iss} a compact JWS claims, read before anything is verified: it only chooses which keys and
 * rules verify the token, so a false claim gains nothing.
 */
final class UnverifiedIssuer {

    private UnverifiedIssuer() {
    }

    /** The claimed issuer, or null when the token has none or is no JWS at all. */
    static String of(String token) {
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) {
            return null;
        }
        try {
            String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
            return JwtClaims.parse(payload).getIssuer();
        } catch (IllegalArgumentException | InvalidJwtException | MalformedClaimException malformed) {
            return null;
        }
    }
}
