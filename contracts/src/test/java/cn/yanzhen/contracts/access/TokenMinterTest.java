package cn.yanzhen.contracts.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.junit.jupiter.api.Test;

class TokenMinterTest {

    private static final KeyPair KEYS = TokenMinter.newKeyPair();
    private static final String ISSUER = "https://yanzhen.test";

    @Test
    void mintedTokenCarriesRolesScopeAndLifetime() throws Exception {
        TokenMinter minter = TokenMinter.fromPem(TokenMinter.privateKeyPem(KEYS.getPrivate()), ISSUER);
        Instant now = Instant.now();
        String token = minter.mint(TokenRequest.of("gansu-office", Roles.REGIONAL_OFFICE).withRegion("620000")
                .withTtl(Duration.ofHours(2)), now);

        JwtClaims claims = consumer(KEYS).processToClaims(token);

        assertThat(claims.getSubject()).isEqualTo("gansu-office");
        assertThat(claims.getIssuer()).isEqualTo(ISSUER);
        assertThat(claims.getStringListClaimValue(Claims.GROUPS)).containsExactly(Roles.REGIONAL_OFFICE);
        assertThat(claims.getStringClaimValue(Claims.REGION)).isEqualTo("620000");
        assertThat(claims.hasClaim(Claims.ORG)).isFalse();
        assertThat(claims.getExpirationTime().getValue() - claims.getIssuedAt().getValue()).isEqualTo(7200);
    }

    @Test
    void anotherKeyDoesNotVerifyTheToken() {
        String token = new TokenMinter(KEYS.getPrivate(), ISSUER).mint(TokenRequest.of("a", Roles.ADMIN), Instant.now());

        assertThatThrownBy(() -> consumer(TokenMinter.newKeyPair()).processToClaims(token))
                .isInstanceOf(InvalidJwtException.class);
    }

    @Test
    void aPemThatIsNoKeyIsRefused() {
        assertThatThrownBy(() -> TokenMinter.fromPem("-----BEGIN PRIVATE KEY-----\nnope\n-----END PRIVATE KEY-----",
                ISSUER)).isInstanceOf(IllegalArgumentException.class);
    }

    private static JwtConsumer consumer(KeyPair keys) {
        return new JwtConsumerBuilder().setVerificationKey(keys.getPublic()).setExpectedIssuer(ISSUER)
                .setRequireExpirationTime().build();
    }
}
