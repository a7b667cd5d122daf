package cn.yanzhen.contracts.access;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/** What a minted token says: who, in which roles, scoped to which region or organisation, for how long. */
public record TokenRequest(String subject, List<String> roles, String region, String org, Duration ttl) {

    /**
     * The oldest token the services accept, counted from its {@code iat} whatever its {@code exp} says
     * (docs/contract.md §7.3; mp.jwt.verify.token.age in the platform's configuration): a token that leaks
     * is good for a day at most. No tool of the project mints one that lives longer.
     */
    public static final Duration MAX_AGE = Duration.ofHours(24);

    public TokenRequest {
        Objects.requireNonNull(subject, "subject");
        roles = List.copyOf(roles);
        Objects.requireNonNull(ttl, "ttl");
    }

    public static TokenRequest of(String subject, String role) {
        return new TokenRequest(subject, List.of(role), null, null, Duration.ofHours(8));
    }

    public TokenRequest withRegion(String code) {
        return new TokenRequest(subject, roles, code, org, ttl);
    }

    public TokenRequest withOrg(String organisation) {
        return new TokenRequest(subject, roles, region, organisation, ttl);
    }

    public TokenRequest withTtl(Duration lifetime) {
        return new TokenRequest(subject, roles, region, org, lifetime);
    }
}
